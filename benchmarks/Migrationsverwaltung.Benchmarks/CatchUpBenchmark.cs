using System.Diagnostics;
using Migrationsverwaltung.EventStore.Daemon;
using Npgsql;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Benchmarks;

/// <summary>
/// The daemon catching a counting projection up from zero over N events, against a raw Npgsql streaming SELECT
/// of the same rows and columns (<see cref="RawEventRows"/>, ordered by seq_id, every column read). Runs alternate: for every run, each
/// batch size's daemon run is followed by a raw run.
/// </summary>
public sealed class CatchUpBenchmark(BenchOptions options)
{
    private const int PagedBatchSize = 5000;

    public async Task RunAsync()
    {
        var connectionString = await BenchDatabase.CreateAsync(options, "bench_catchup");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var store = new Store(dataSource, BenchEvents.CreateRegistry());
        await store.InitializeAsync();
        var total = options.CatchUpEvents;
        await LoadAsync(dataSource, total);

        var projection = new StreamCountProjection();
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await projection.EnsureSchemaAsync(connection, CancellationToken.None);
        }

        // Warm-up: the table into the caches, JIT of both paths; not recorded.
        var warmRaw = await RawReadAsync(dataSource, total);
        var warmDaemon = await DaemonCatchUpAsync(store, dataSource, connectionString, projection, options.BatchSizes[0], total, warmUp: true);
        await RawPagedReadAsync(dataSource, PagedBatchSize, total);
        Report.Note($"catch-up: warm-up raw read {warmRaw:0} events/s, daemon {warmDaemon:0} events/s");

        var ours = options.BatchSizes.ToDictionary(b => b, _ => new List<double>());
        var raw = new List<double>();
        var rawPaged = new List<double>();
        for (var run = 0; run < options.Runs; run++)
        {
            foreach (var batchSize in options.BatchSizes)
            {
                ours[batchSize].Add(await DaemonCatchUpAsync(store, dataSource, connectionString, projection, batchSize, total));
                raw.Add(await RawReadAsync(dataSource, total));
            }
            rawPaged.Add(await RawPagedReadAsync(dataSource, PagedBatchSize, total));
        }
        var rawMedian = Stats.Median(raw);
        Report.Note($"catch-up over {total} events: raw runs [{Report.Join(raw)}] events/s, median {rawMedian:0}");
        foreach (var (batchSize, runs) in ours)
        {
            var median = Stats.Median(runs);
            Report.Note($"catch-up batch size {batchSize}: daemon runs [{Report.Join(runs)}] events/s, median {median:0}, ratio {median / rawMedian:0.00}");
        }
        var best = ours.MaxBy(o => Stats.Median(o.Value));
        var bestMedian = Stats.Median(best.Value);
        Report.Note($"catch-up headline: batch size {best.Key}; {Report.Load()}");
        Report.Figure("catchup_store", bestMedian, "events/s");
        Report.Figure("catchup_raw", rawMedian, "events/s");
        Report.Figure("catchup_ratio", bestMedian / rawMedian, "x");
        Report.Figure("catchup_batch_size", best.Key, "events");
        Report.Note($"catch-up diagnostic: raw paged read (the daemon's page query, {PagedBatchSize} per page, no deserialisation, no writes) " +
                    $"runs [{Report.Join(rawPaged)}] events/s");
        Report.Figure("catchup_raw_paged", Stats.Median(rawPaged), "events/s");
    }

    /// <summary>The events as appends would have left them, hash chains included (<see cref="SyntheticEvents"/>).</summary>
    private static Task LoadAsync(NpgsqlDataSource dataSource, int total) => SyntheticEvents.LoadAsync(dataSource, total, "catch-up");

    private static async Task<double> DaemonCatchUpAsync(Store store, NpgsqlDataSource dataSource, string connectionString, StreamCountProjection projection, int batchSize, int total, bool warmUp = false)
    {
        await BenchDatabase.ExecuteAsync(dataSource, $"DELETE FROM event_store.mt_event_progression WHERE name = '{projection.Name}'; TRUNCATE {StreamCountProjection.Table}");
        projection.ResetTimings();
        var daemon = new ProjectionDaemon(store, connectionString, [projection], new DaemonOptions { BatchSize = batchSize, InstanceName = "bench" });
        var control = new ProjectionControl(store);
        var started = Stopwatch.GetTimestamp();
        daemon.Start();
        var caughtUp = await control.WaitForCatchUpAsync([projection.Name], TimeSpan.FromMinutes(10));
        var elapsed = Stopwatch.GetElapsedTime(started);
        await daemon.StopAsync();
        if (!caughtUp)
        {
            throw new InvalidOperationException($"catch-up: the daemon did not catch up in 10 minutes: {string.Join("; ", await daemon.StatusAsync())}");
        }
        var counted = await BenchDatabase.ScalarAsync<decimal>(dataSource, $"SELECT coalesce(sum(n), 0) FROM {StreamCountProjection.Table}");
        if (counted != total)
        {
            throw new InvalidOperationException($"catch-up: the projection counted {counted} events, expected {total}");
        }
        Report.Note($"catch-up {(warmUp ? "warm-up, " : "")}batch size {batchSize}: {elapsed.TotalSeconds:0.00} s, {projection.Batches} batches, " +
                    $"{projection.ApplyTime.TotalSeconds:0.00} s of it in the projection's ApplyAsync");
        return total / elapsed.TotalSeconds;
    }

    /// <summary>One streaming SELECT of every event, every column read as the daemon reads it.</summary>
    private static async Task<double> RawReadAsync(NpgsqlDataSource dataSource, int total)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand($"SELECT {RawEventRows.Columns} FROM {RawEventRows.From} WHERE NOT e.is_archived ORDER BY e.seq_id", connection)
        {
            CommandTimeout = 600,
        };
        await using var reader = await command.ExecuteReaderAsync();
        long rows = 0, checksum = 0;
        while (await reader.ReadAsync())
        {
            checksum += RawEventRows.Read(reader).SeqId;
            rows++;
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (rows != total || checksum == 0)
        {
            throw new InvalidOperationException($"catch-up: the raw read returned {rows} rows, expected {total}");
        }
        return total / elapsed.TotalSeconds;
    }

    /// <summary>
    /// Diagnostic: the daemon's page query (keyset on (tx_id, seq_id) below the transaction horizon) issued page
    /// by page with raw Npgsql, every column read, no deserialisation, no transaction and no writes.
    /// </summary>
    private static async Task<double> RawPagedReadAsync(NpgsqlDataSource dataSource, int pageSize, int total)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = await dataSource.OpenConnectionAsync();
        long afterTx = 0, afterSeq = 0, rows = 0;
        while (true)
        {
            await using var command = new NpgsqlCommand($"""
                SELECT {RawEventRows.Columns} FROM {RawEventRows.From}
                WHERE (e.tx_id, e.seq_id) > ($1, $2) AND e.tx_id < event_store.mt_safe_horizon() AND NOT e.is_archived
                ORDER BY e.tx_id, e.seq_id LIMIT $3
                """, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = afterTx });
            command.Parameters.Add(new NpgsqlParameter { Value = afterSeq });
            command.Parameters.Add(new NpgsqlParameter { Value = pageSize });
            await using var reader = await command.ExecuteReaderAsync();
            var page = 0;
            while (await reader.ReadAsync())
            {
                (afterSeq, afterTx) = RawEventRows.Read(reader);
                page++;
            }
            rows += page;
            if (page < pageSize)
            {
                break;
            }
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (rows != total)
        {
            throw new InvalidOperationException($"catch-up: the paged raw read returned {rows} rows, expected {total}");
        }
        return total / elapsed.TotalSeconds;
    }
}
