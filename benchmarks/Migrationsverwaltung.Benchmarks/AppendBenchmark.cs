using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Benchmarks;

/// <summary>
/// One ~500-byte event per transaction at 1, 8 and 32 concurrent writers; every writer appends round-robin to
/// its own pre-created streams at the version it tracks. Baseline: raw Npgsql, one autocommitted INSERT of the
/// same-shaped row into a plain table with the same unique (stream_id, version) index, through the same pool.
/// When the main sides run without Npgsql auto-prepare, both sides are measured again with it (own pool) in
/// the same alternation, so its effect is measured under the same conditions.
/// </summary>
public sealed class AppendBenchmark(BenchOptions options)
{
    private const int StreamsPerWriter = 4;
    private static readonly int[] WriterCounts = [1, 8, 32];

    private const string RawInsert = "INSERT INTO raw_events (id, stream_id, version, data, type) VALUES ($1, $2, $3, $4::jsonb, $5)";

    public async Task RunAsync()
    {
        var connectionString = await BenchDatabase.CreateAsync(options, "bench_append");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var preparingDataSource = NpgsqlDataSource.Create(options.ConnectionStringFor("bench_append", BenchOptions.AutoPrepareForComparison));
        var registry = BenchEvents.CreateRegistry();
        var store = new Store(dataSource, registry);
        await store.InitializeAsync();
        await BenchDatabase.ExecuteAsync(dataSource, """
            CREATE TABLE raw_events (
                seq_id bigserial PRIMARY KEY,
                id uuid NOT NULL,
                stream_id uuid NOT NULL,
                version bigint NOT NULL,
                data jsonb NOT NULL,
                type text NOT NULL,
                timestamp timestamptz NOT NULL DEFAULT now(),
                CONSTRAINT raw_events_stream_and_version UNIQUE (stream_id, version));
            """);
        var payload = BenchEvents.Payload;
        var sides = new List<Side>
        {
            StoreSide("store", store, payload),
            RawSide("raw", dataSource, registry.JsonOptions, payload),
        };
        if (options.CompareAutoPrepare)
        {
            var preparingStore = new Store(preparingDataSource, registry);
            sides.Add(StoreSide("store_autoprepare", preparingStore, payload));
            sides.Add(RawSide("raw_autoprepare", preparingDataSource, registry.JsonOptions, payload));
        }
        // The same store without the hash chain (the append statement from before it, docs/adr/0010), in its own schema.
        sides.Add(StoreSide(Unchained, await UnchainedStoreAsync(dataSource, registry), payload));
        Report.Note($"append: event JSON is {registry.Serialize(payload).Length} bytes; runs of {options.AppendRunLength.TotalSeconds:0.#} s, " +
                    $"{options.Runs} per side, alternating {string.Join(", ", sides.Select(s => s.Name))}");

        foreach (var writers in WriterCounts)
        {
            foreach (var side in sides)
            {
                side.Writers = await CreateWritersAsync(writers, side.CreateStream);
                // Warm-up: JIT, pool connections for every writer, caches; not recorded.
                await MeasureAsync(side, TimeSpan.FromSeconds(options.Quick ? 0.5 : 1));
            }
            for (var run = 0; run < options.Runs; run++)
            {
                foreach (var side in sides)
                {
                    side.Runs.Add(await MeasureAsync(side, options.AppendRunLength));
                }
            }
            foreach (var side in sides)
            {
                Report.Note($"append w{writers} {side.Name}: runs [{Report.Join(side.Runs)}] tx/s");
            }
            Report.Note($"append w{writers}: store/raw per alternating pair [{Report.Join(sides[0].Runs.Zip(sides[1].Runs, (a, b) => a / b), "0.00")}], {Report.Load()}");
            Report.Figure($"append_w{writers}_store", Stats.Median(sides[0].Runs), "tx/s");
            Report.Figure($"append_w{writers}_raw", Stats.Median(sides[1].Runs), "tx/s");
            Report.Figure($"append_w{writers}_ratio", Stats.Median(sides[0].Runs) / Stats.Median(sides[1].Runs), "x");
            var unchained = sides.Single(s => s.Name == Unchained);
            Report.Note($"append w{writers}: store/store_nochain per alternating pair [{Report.Join(sides[0].Runs.Zip(unchained.Runs, (a, b) => a / b), "0.00")}]");
            Report.Figure($"append_w{writers}_store_nochain", Stats.Median(unchained.Runs), "tx/s");
            Report.Figure($"append_w{writers}_ratio_nochain", Stats.Median(unchained.Runs) / Stats.Median(sides[1].Runs), "x");
            Report.Figure($"append_w{writers}_chain_vs_nochain", Stats.Median(sides[0].Runs) / Stats.Median(unchained.Runs), "x");
            if (sides.Count == 5)
            {
                Report.Figure($"append_w{writers}_store_autoprepare", Stats.Median(sides[2].Runs), "tx/s");
                Report.Figure($"append_w{writers}_raw_autoprepare", Stats.Median(sides[3].Runs), "tx/s");
                Report.Figure($"append_w{writers}_ratio_autoprepare", Stats.Median(sides[2].Runs) / Stats.Median(sides[3].Runs), "x");
            }
            sides.ForEach(s => s.Runs.Clear());
        }
        await VerifyAsync(dataSource);
        var chains = await store.VerifyChainsAsync();
        if (!chains.Intact)
        {
            throw new InvalidOperationException($"append: {chains.BrokenLinks.Count} stream(s) have broken hash chains, e.g. {chains.BrokenLinks[0]}");
        }
    }

    private const string Unchained = "store_nochain";

    /// <summary>A store whose appends skip the hash chain, in a schema whose hash columns allow that (benchmark only).</summary>
    private static async Task<Store> UnchainedStoreAsync(NpgsqlDataSource dataSource, Migrationsverwaltung.EventStore.Serialization.EventTypeRegistry registry)
    {
        var store = new Store(dataSource, registry, new Migrationsverwaltung.EventStore.EventStoreOptions { Schema = "event_store_unchained", HashChainOffForBenchmark = true });
        await store.InitializeAsync();
        await BenchDatabase.ExecuteAsync(dataSource, """
            ALTER TABLE event_store_unchained.mt_events ALTER COLUMN hash DROP NOT NULL;
            ALTER TABLE event_store_unchained.mt_streams ALTER COLUMN head_hash DROP NOT NULL;
            """);
        return store;
    }

    private static Side StoreSide(string name, Store store, PayloadRecorded payload) => new(
        name,
        (stream, _) => store.StartStreamAsync(stream, "bench", [payload]),
        (stream, version) => store.AppendAsync(stream, version, [payload]));

    private static Side RawSide(string name, NpgsqlDataSource dataSource, JsonSerializerOptions json, PayloadRecorded payload) => new(
        name,
        (stream, version) => RawInsertAsync(dataSource, json, stream, version, payload),
        (stream, version) => RawInsertAsync(dataSource, json, stream, version + 1, payload));

    private static async Task RawInsertAsync(NpgsqlDataSource dataSource, JsonSerializerOptions json, Guid stream, long version, PayloadRecorded payload)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(RawInsert, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7(), NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = stream, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = version, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(payload, json), NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = BenchEvents.PayloadAlias, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Creates each writer's streams with their first event (version 1) through the given side.</summary>
    private static async Task<Writer[]> CreateWritersAsync(int count, Func<Guid, long, Task> createStream)
    {
        var writers = Enumerable.Range(0, count).Select(_ => new Writer(StreamsPerWriter)).ToArray();
        foreach (var writer in writers)
        {
            foreach (var stream in writer.Streams)
            {
                await createStream(stream, 1);
            }
        }
        return writers;
    }

    /// <summary>Runs every writer of the side until the deadline; returns committed transactions per second.</summary>
    private static async Task<double> MeasureAsync(Side side, TimeSpan length)
    {
        var writers = side.Writers;
        var counts = new long[writers.Length];
        var start = Stopwatch.GetTimestamp();
        var deadline = start + (long)(length.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(writers.Select((writer, i) => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var (stream, version) = writer.Next();
                await side.Append(stream, version);
                writer.Appended();
                counts[i]++;
            }
        })));
        return counts.Sum() / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    /// <summary>Both sides wrote gap-free versions 1..n per stream (the store's own check is its unique index too).</summary>
    private static async Task VerifyAsync(NpgsqlDataSource dataSource)
    {
        var broken = await BenchDatabase.ScalarAsync<long>(dataSource, """
            SELECT (SELECT count(*) FROM (SELECT stream_id FROM event_store.mt_events GROUP BY stream_id HAVING max(version) <> count(*)) s)
                 + (SELECT count(*) FROM (SELECT stream_id FROM raw_events GROUP BY stream_id HAVING max(version) <> count(*)) r)
            """);
        if (broken != 0)
        {
            throw new InvalidOperationException($"append: {broken} stream(s) have gaps in their versions");
        }
    }

    /// <summary>One side of the comparison: how it creates a stream (version 1) and appends at an expected version.</summary>
    private sealed class Side(string name, Func<Guid, long, Task> createStream, Func<Guid, long, Task> append)
    {
        public string Name => name;
        public Func<Guid, long, Task> CreateStream => createStream;
        public Func<Guid, long, Task> Append => append;
        public Writer[] Writers { get; set; } = [];
        public List<double> Runs { get; } = [];
    }

    /// <summary>A writer's own streams and the version it last wrote on each; it appends to them round-robin.</summary>
    private sealed class Writer(int streams)
    {
        private readonly long[] _versions = Enumerable.Repeat(1L, streams).ToArray();
        private int _next;

        public Guid[] Streams { get; } = Enumerable.Range(0, streams).Select(_ => Guid.CreateVersion7()).ToArray();

        /// <summary>The stream to append to and its current (expected) version.</summary>
        public (Guid Stream, long Version) Next() => (Streams[_next], _versions[_next]);

        public void Appended()
        {
            _versions[_next]++;
            _next = (_next + 1) % _versions.Length;
        }
    }
}
