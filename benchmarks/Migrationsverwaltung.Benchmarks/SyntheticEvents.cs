using System.Diagnostics;
using Npgsql;

namespace Migrationsverwaltung.Benchmarks;

/// <summary>
/// Loads streams of 100 item_recorded events with SQL, as appends would have left them: valid JSON, stream rows at
/// version 100 with their head hash, every event hash-chained by the store's own SQL functions (mt_chain over
/// mt_event_digest, docs/adr/0010), tx_id from its default; in chunks of 100,000 events, i.e. several transactions.
/// 100 streams are active at a time and their events interleave (as concurrent writers leave them): events g of one
/// group of 10,000 go round-robin to the group's 100 streams. Then VACUUM (FREEZE, ANALYZE) and CHECKPOINT, so no
/// measured run pays for hint bits or statistics.
/// </summary>
public static class SyntheticEvents
{
    public const int EventsPerStream = 100;
    public const int ActiveStreams = 100;
    private const int LoadChunk = 100_000;

    public static async Task LoadAsync(NpgsqlDataSource dataSource, int total, string label)
    {
        var started = Stopwatch.GetTimestamp();
        var streams = total / EventsPerStream;
        const int group = ActiveStreams * EventsPerStream;
        if (total % group != 0 || LoadChunk % group != 0)
        {
            throw new ArgumentException($"{label}: the number of events must be a multiple of {group}");
        }
        await BenchDatabase.ExecuteAsync(dataSource, $"""
            INSERT INTO event_store.mt_streams (id, type, version, head_hash)
            SELECT md5('stream-' || s)::uuid, 'bench', {EventsPerStream}, event_store.mt_chain_genesis() FROM generate_series(0, {streams - 1}) s
            """);
        for (var from = 0; from < total; from += LoadChunk)
        {
            var to = Math.Min(total, from + LoadChunk) - 1;
            // Whole groups per chunk, so every stream's chain is computed in one statement; inserted in g order (seq order).
            // work_mem for this transaction only: the chain's window sorts the chunk (with its data) in memory.
            await BenchDatabase.ExecuteAsync(dataSource, $"""
                BEGIN;
                SET LOCAL work_mem = '256MB';
                INSERT INTO event_store.mt_events (id, stream_id, version, data, type, mt_dotnet_type, timestamp, hash)
                SELECT id, stream_id, version, data, type, dotnet_type, ts,
                       event_store.mt_chain(NULL, event_store.mt_event_digest(id, stream_id, version, type, ts, '*DEFAULT*', NULL, NULL, NULL, NULL, NULL, data))
                           OVER (PARTITION BY stream_id ORDER BY version)
                FROM (SELECT g, md5('event-' || g)::uuid AS id,
                             md5('stream-' || (g / {group} * {ActiveStreams} + g % {ActiveStreams}))::uuid AS stream_id,
                             (g % {group} / {ActiveStreams} + 1)::bigint AS version,
                             jsonb_build_object('amount', g % 1000, 'note', 'Item ' || g || ' recorded by the benchmark for a realistic note') AS data,
                             '{BenchEvents.ItemAlias}' AS type, '{typeof(ItemRecorded).FullName}' AS dotnet_type, now() AS ts
                      FROM generate_series({from}, {to}) g) e
                ORDER BY g;
                COMMIT;
                """);
        }
        await BenchDatabase.ExecuteAsync(dataSource, $"""
            UPDATE event_store.mt_streams s SET head_hash = e.hash
            FROM event_store.mt_events e WHERE e.stream_id = s.id AND e.version = {EventsPerStream}
            """);
        await BenchDatabase.ExecuteAsync(dataSource, "VACUUM (FREEZE, ANALYZE) event_store.mt_events, event_store.mt_streams");
        await BenchDatabase.ExecuteAsync(dataSource, "CHECKPOINT");
        var size = await BenchDatabase.ScalarAsync<string>(dataSource, "SELECT pg_size_pretty(pg_total_relation_size('event_store.mt_events'))");
        Report.Note($"{label}: loaded {total} events in {streams} streams in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s (mt_events with indexes: {size}), {Report.Load()}");
    }
}
