using Npgsql;

namespace Migrationsverwaltung.Benchmarks.Views;

/// <summary>
/// How far each async projection is behind, read from the store's tables (not through the API, so a busy API
/// does not delay the probe): the events after its checkpoint in <c>mt_event_progression</c>, and the age of the
/// oldest of them (database clock minus its append time): how long the oldest not yet applied event has waited.
/// 0 s when it is caught up. The true append-to-applied lag of any event is at most this age at the moment it is
/// applied. It over-states the lag by the append's own transaction time: an event's <c>timestamp</c> is its
/// transaction's start, and the daemon cannot see it before the commit. Hence also the events behind.
/// </summary>
public sealed class ProjectionLagProbe(NpgsqlDataSource dataSource)
{
    public sealed record Sample(string Projection, long EventsBehind, double OldestUnappliedSeconds);

    /// <remarks>
    /// The checkpoints are read first and passed as values: correlated into the count, the planner cannot see how
    /// near the head they are and scans every event (minutes at 22 million events).
    /// </remarks>
    public async Task<IReadOnlyList<Sample>> ReadAsync()
    {
        var checkpoints = new List<(string Name, long TxId, long SeqId)>();
        await using (var progression = dataSource.CreateCommand("SELECT name, last_tx_id, last_seq_id FROM event_store.mt_event_progression ORDER BY name"))
        await using (var reader = await progression.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                checkpoints.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
            }
        }
        var samples = new List<Sample>();
        foreach (var (name, txId, seqId) in checkpoints)
        {
            await using var command = dataSource.CreateCommand("""
                SELECT count(*), coalesce(extract(epoch FROM clock_timestamp() - min(e.timestamp))::float8, 0)
                FROM event_store.mt_events e WHERE e.tx_id >= $1 AND (e.tx_id, e.seq_id) > ($1, $2)
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = txId });
            command.Parameters.Add(new NpgsqlParameter { Value = seqId });
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            samples.Add(new Sample(name, reader.GetInt64(0), Math.Max(0, reader.GetDouble(1))));
        }
        return samples;
    }

    public async Task<long> LastSequenceAsync()
    {
        await using var command = dataSource.CreateCommand("SELECT coalesce(max(seq_id), 0) FROM event_store.mt_events");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task WaitUntilCaughtUpAsync(TimeSpan limit)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var samples = await ReadAsync();
            if (samples.Count > 0 && samples.All(s => s.EventsBehind == 0))
            {
                return;
            }
            if (waited.Elapsed > limit)
            {
                throw new TimeoutException($"async projections still behind after {limit.TotalSeconds:0} s: " +
                                           string.Join(", ", samples.Select(s => $"{s.Projection} {s.EventsBehind}")));
            }
            await Task.Delay(500);
        }
    }
}
