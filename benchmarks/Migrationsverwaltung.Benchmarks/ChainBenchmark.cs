using System.Diagnostics;
using Migrationsverwaltung.EventStore.Chain;
using Npgsql;
using NpgsqlTypes;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Benchmarks;

/// <summary>
/// Verifying the hash chains of N events (10,000,000 full, 1,000,000 quick, or --chain-events) with
/// <see cref="Store.VerifyChainsAsync"/>, against a raw read of the same rows in the same batches: per range of stream
/// ids, SELECT count(*), sum(length(data::text)), i.e. every row visited and its jsonb turned into text, nothing hashed.
/// Both sides use the same batches (whole streams, about 50,000 events) and the same parallelism (2 connections).
/// Runs alternate verify, raw, verify, raw ...
/// </summary>
public sealed class ChainBenchmark(BenchOptions options)
{
    private const int Parallelism = 2;
    private const int BatchEvents = 50_000;

    public async Task RunAsync()
    {
        var connectionString = await BenchDatabase.CreateAsync(options, "bench_chain");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var store = new Store(dataSource, BenchEvents.CreateRegistry());
        await store.InitializeAsync();
        var total = options.ChainEvents;
        await SyntheticEvents.LoadAsync(dataSource, total, "chain");
        var batches = await BatchesAsync(dataSource);
        var verifyOptions = new ChainVerifyOptions { Parallelism = Parallelism, BatchEvents = BatchEvents };
        Report.Note($"chain: {batches.Count} batches of about {BatchEvents} events, {Parallelism} at a time, {options.ChainRuns} runs per side");

        var verify = new List<double>();
        var raw = new List<double>();
        for (var run = 0; run < options.ChainRuns; run++)
        {
            verify.Add(await VerifyAsync(store, verifyOptions, total));
            raw.Add(await RawReadAsync(dataSource, batches, total));
            Report.Note($"chain run {run + 1}: verify {verify[^1]:0} events/s, raw {raw[^1]:0} events/s, {Report.Load()}");
        }
        Report.Note($"chain over {total} events: verify runs [{Report.Join(verify)}], raw runs [{Report.Join(raw)}] events/s");
        var prefix = total == 10_000_000 ? "chain_verify_10m" : $"chain_verify_{total}";
        Report.Figure($"{prefix}_store", Stats.Median(verify), "events/s");
        Report.Figure($"{prefix}_raw", Stats.Median(raw), "events/s");
        Report.Figure($"{prefix}_ratio", Stats.Median(verify) / Stats.Median(raw), "x");
        Report.Figure($"{prefix}_seconds", total / Stats.Median(verify), "s");
    }

    private static async Task<double> VerifyAsync(Store store, ChainVerifyOptions verifyOptions, int total)
    {
        var started = Stopwatch.GetTimestamp();
        var verification = await store.VerifyChainsAsync(options: verifyOptions);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (!verification.Intact || verification.Events != total)
        {
            throw new InvalidOperationException($"chain: verification found {verification.BrokenLinks.Count} broken links over {verification.Events} events");
        }
        return total / elapsed;
    }

    private static async Task<double> RawReadAsync(NpgsqlDataSource dataSource, List<(Guid From, Guid To)> batches, int total)
    {
        var started = Stopwatch.GetTimestamp();
        long rows = 0;
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (batch, token) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(token);
            await using var command = new NpgsqlCommand(
                "SELECT count(*), coalesce(sum(length(data::text)), 0) FROM event_store.mt_events WHERE stream_id BETWEEN $1 AND $2", connection) { CommandTimeout = 0 };
            command.Parameters.Add(new NpgsqlParameter { Value = batch.From, NpgsqlDbType = NpgsqlDbType.Uuid });
            command.Parameters.Add(new NpgsqlParameter { Value = batch.To, NpgsqlDbType = NpgsqlDbType.Uuid });
            await using var reader = await command.ExecuteReaderAsync(token);
            await reader.ReadAsync(token);
            Interlocked.Add(ref rows, reader.GetInt64(0));
        });
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (rows != total)
        {
            throw new InvalidOperationException($"chain: the raw read counted {rows} rows, expected {total}");
        }
        return total / elapsed;
    }

    /// <summary>The verifier's batches: whole streams in id order, cut after about <see cref="BatchEvents"/> events.</summary>
    private static async Task<List<(Guid From, Guid To)>> BatchesAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT id, version FROM event_store.mt_streams ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        var batches = new List<(Guid, Guid)>();
        (Guid From, Guid To, long Events)? open = null;
        while (await reader.ReadAsync())
        {
            var (id, version) = (reader.GetGuid(0), reader.GetInt64(1));
            open = open is { } o ? (o.From, id, o.Events + version) : (id, id, version);
            if (open.Value.Events >= BatchEvents)
            {
                batches.Add((open.Value.From, open.Value.To));
                open = null;
            }
        }
        if (open is { } last)
        {
            batches.Add((last.From, last.To));
        }
        return batches;
    }
}
