using System.Diagnostics;
using Microsoft.Extensions.Options;
using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.Api.Reminders;
using Migrationsverwaltung.Domain.Calendar;
using Npgsql;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Benchmarks;

/// <summary>
/// The reminder scan on a seeded data set (--seeded-database; its rows are left as they are, the seed records no
/// e-mail consent, so nothing is written). Measured per run: the whole scan (candidates from the views, then
/// every candidate stream folded), and in the same run the baseline: a raw Npgsql read of the same candidates'
/// events (every column, nothing deserialised), the least any scan reading those streams must do. For the scale
/// of the earlier design (candidates by event type over all of mt_events, then every matching stream folded) its
/// candidate query is timed once and its folding estimated from a sample of its streams.
/// </summary>
public sealed class ReminderScanBenchmark(BenchOptions options)
{
    private const int OldDesignSample = 2000;

    public async Task RunAsync()
    {
        var connection = options.SeededDatabase ?? throw new ArgumentException("--only reminders needs --seeded-database (a data set from mvw seed).");
        await using var dataSource = NpgsqlDataSource.Create(connection);
        var store = new Store(dataSource, EventTypes.CreateRegistry());
        var scan = new ReminderScan(store, dataSource, Options.Create(new ReminderOptions()));
        var today = BerlinTime.DateOf(DateTimeOffset.UtcNow);
        var candidates = new ReminderCandidates(dataSource, store.Options.Schema);
        var persons = (await candidates.PersonsExpiringAsync(today, CancellationToken.None)).Select(p => p.PersonId).ToArray();
        var cases = (await candidates.OpenCasesWithCardOrFiktionAsync(CancellationToken.None)).ToArray();
        var streams = persons.Concat(cases).ToArray();
        Report.Note($"reminders: {persons.Length} candidate persons, {cases.Length} candidate cases on {today:yyyy-MM-dd}; {options.Runs} runs per side");

        await scan.RunAsync(today, CancellationToken.None);
        var scans = new List<double>();
        var raws = new List<double>();
        for (var run = 0; run < options.Runs; run++)
        {
            var started = Stopwatch.GetTimestamp();
            await scan.RunAsync(today, CancellationToken.None);
            scans.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            started = Stopwatch.GetTimestamp();
            await RawReadAsync(dataSource, streams);
            raws.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            Report.Note($"reminders run {run + 1}: scan {scans[^1]:0} ms, raw read {raws[^1]:0} ms; {Report.Load()}");
        }
        Report.Figure("reminder_scan_candidates", streams.Length, "streams");
        Report.Figure("reminder_scan_median", Stats.Median(scans), "ms");
        Report.Figure("reminder_scan_raw_read_median", Stats.Median(raws), "ms");
        Report.Figure("reminder_scan_ratio_to_raw_read", Stats.Median(scans) / Stats.Median(raws), "x");
        await OldDesignAsync(dataSource, store);
    }

    /// <summary>One raw read per stream, as the scan folds one stream at a time.</summary>
    private static async Task RawReadAsync(NpgsqlDataSource dataSource, IEnumerable<Guid> streams)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var stream in streams)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT {RawEventRows.Columns} FROM {RawEventRows.From} WHERE e.stream_id = $1 AND NOT e.is_archived ORDER BY e.version", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = stream });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                RawEventRows.Read(reader);
            }
        }
    }

    private static async Task OldDesignAsync(NpgsqlDataSource dataSource, Store store)
    {
        var started = Stopwatch.GetTimestamp();
        await using var command = dataSource.CreateCommand(
            "SELECT DISTINCT stream_id FROM event_store.mt_events WHERE type = ANY($1) AND NOT is_archived");
        command.Parameters.Add(new NpgsqlParameter
        {
            Value = new[] { "current_title_recorded", "passport_recorded", "fiktionsbescheinigung_issued", "fiktionsbescheinigung_renewed", "eat_ready_for_pickup" },
        });
        var streams = new List<Guid>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                streams.Add(reader.GetGuid(0));
            }
        }
        var query = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var sample = streams.OrderBy(_ => Random.Shared.Next()).Take(OldDesignSample).ToList();
        started = Stopwatch.GetTimestamp();
        foreach (var stream in sample)
        {
            await store.ReadStreamAsync(stream);
        }
        var perStream = Stopwatch.GetElapsedTime(started).TotalMilliseconds / Math.Max(1, sample.Count);
        var estimate = (query + perStream * streams.Count) / 1000;
        Report.Note($"reminders, earlier design: {streams.Count} streams by event type in {query:0} ms; {perStream:0.00} ms per stream read (sample {sample.Count}); estimated {estimate:0} s per scan");
        Report.Figure("reminder_scan_earlier_design_streams", streams.Count, "streams");
        Report.Figure("reminder_scan_earlier_design_estimate", estimate * 1000, "ms");
    }
}
