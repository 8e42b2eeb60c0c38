using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Benchmarks;

/// <summary>
/// Latency of loading an aggregate (store.AggregateStreamAsync with a simple Evolve) for streams of 10, 50, 100
/// and 1000 events, one load at a time after a warm-up. Every load alternates with a raw Npgsql read of the
/// same rows (same columns, no deserialisation), so the store's own share can be told apart, and (when the
/// main run has it off) with a load through a second store whose pool has Npgsql auto-prepare on.
/// </summary>
public sealed class AggregateBenchmark(BenchOptions options)
{
    private const int StreamsPerSize = 20;
    private static readonly int[] Sizes = [10, 50, 100, 1000];

    private const string RawRead =
        $"SELECT {RawEventRows.Columns} FROM {RawEventRows.From} WHERE e.stream_id = $1 AND NOT e.is_archived ORDER BY e.version";

    public async Task RunAsync()
    {
        var connectionString = await BenchDatabase.CreateAsync(options, "bench_aggregate");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var preparingDataSource = NpgsqlDataSource.Create(options.ConnectionStringFor("bench_aggregate", BenchOptions.AutoPrepareForComparison));
        var registry = BenchEvents.CreateRegistry();
        var store = new Store(dataSource, registry);
        var preparingStore = options.CompareAutoPrepare ? new Store(preparingDataSource, registry) : null;
        await store.InitializeAsync();
        Report.Note($"aggregate: event JSON is {registry.Serialize(BenchEvents.Item(123)).Length} bytes; {StreamsPerSize} streams per size, loaded round-robin");

        var streams = new Dictionary<int, Guid[]>();
        foreach (var size in Sizes)
        {
            streams[size] = Enumerable.Range(0, StreamsPerSize).Select(_ => Guid.CreateVersion7()).ToArray();
            foreach (var stream in streams[size])
            {
                await store.StartStreamAsync(stream, "bench", [.. Enumerable.Range(0, size).Select(n => (object)BenchEvents.Item(n))]);
            }
        }
        await BenchDatabase.ExecuteAsync(dataSource, "VACUUM ANALYZE event_store.mt_events");

        foreach (var size in Sizes)
        {
            var loads = size >= 1000 ? options.AggregateLoadsOfLongStreams : options.AggregateLoads;
            var ids = streams[size];
            for (var i = 0; i < Math.Max(100, loads / 5); i++)
            {
                await LoadAsync(store, ids[i % ids.Length], size);
                await RawLoadAsync(dataSource, ids[i % ids.Length], size);
                if (preparingStore is not null)
                {
                    await LoadAsync(preparingStore, ids[i % ids.Length], size);
                }
            }
            var ours = new List<double>(loads);
            var raw = new List<double>(loads);
            var prepared = new List<double>(loads);
            for (var i = 0; i < loads; i++)
            {
                var stream = ids[i % ids.Length];
                var started = Stopwatch.GetTimestamp();
                await LoadAsync(store, stream, size);
                ours.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                started = Stopwatch.GetTimestamp();
                await RawLoadAsync(dataSource, stream, size);
                raw.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (preparingStore is not null)
                {
                    started = Stopwatch.GetTimestamp();
                    await LoadAsync(preparingStore, stream, size);
                    prepared.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
            Report.Note($"aggregate {size}: {loads} loads; store p50 {Stats.Percentile(ours, 50):0.000} p99 {Stats.Percentile(ours, 99):0.000} ms; " +
                        $"raw read p50 {Stats.Percentile(raw, 50):0.000} p99 {Stats.Percentile(raw, 99):0.000} ms; {Report.Load()}");
            Report.Figure($"aggregate_{size}_p50", Stats.Percentile(ours, 50), "ms");
            Report.Figure($"aggregate_{size}_p99", Stats.Percentile(ours, 99), "ms");
            Report.Figure($"aggregate_{size}_raw_p50", Stats.Percentile(raw, 50), "ms");
            Report.Figure($"aggregate_{size}_raw_p99", Stats.Percentile(raw, 99), "ms");
            if (prepared.Count > 0)
            {
                Report.Note($"aggregate {size}: store with auto-prepare p50 {Stats.Percentile(prepared, 50):0.000} p99 {Stats.Percentile(prepared, 99):0.000} ms");
                Report.Figure($"aggregate_{size}_autoprepare_p50", Stats.Percentile(prepared, 50), "ms");
                Report.Figure($"aggregate_{size}_autoprepare_p99", Stats.Percentile(prepared, 99), "ms");
            }
        }
    }

    private static async Task LoadAsync(Store store, Guid stream, int size)
    {
        var state = await store.AggregateStreamAsync(stream, ItemTotals.Initial, ItemTotals.Evolve);
        if (state is null || state.Version != size || state.State.Count != size)
        {
            throw new InvalidOperationException($"aggregate: stream {stream} loaded as {state}, expected {size} events");
        }
    }

    private static async Task RawLoadAsync(NpgsqlDataSource dataSource, Guid stream, int size)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(RawRead, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = stream, NpgsqlDbType = NpgsqlDbType.Uuid });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            RawEventRows.Read(reader);
            rows++;
        }
        if (rows != size)
        {
            throw new InvalidOperationException($"aggregate: raw read of {stream} returned {rows} rows, expected {size}");
        }
    }
}
