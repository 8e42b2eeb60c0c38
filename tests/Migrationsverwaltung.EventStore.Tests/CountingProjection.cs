using Migrationsverwaltung.EventStore.Projections;
using Npgsql;

namespace Migrationsverwaltung.EventStore.Tests;

/// <summary>
/// Counts events per stream and records how often each event was applied, so a test can prove that nothing
/// was skipped (count below the truth) or applied twice (times &gt; 1).
/// </summary>
public sealed class CountingProjection(string name = "counting") : IProjection
{
    public string Name => name;

    /// <summary>Events this predicate matches make Apply throw (a poison event).</summary>
    public Func<StoredEvent, bool> FailOn { get; set; } = _ => false;

    /// <summary>Server-side pause inside every batch, so a test can kill the leader mid-batch.</summary>
    public double SleepSecondsPerBatch { get; set; }

    public int Attempts;

    public async Task EnsureSchemaAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            CREATE TABLE IF NOT EXISTS {name}_counts (stream_id uuid PRIMARY KEY, n bigint NOT NULL);
            CREATE TABLE IF NOT EXISTS {name}_applied (seq_id bigint PRIMARY KEY, times int NOT NULL);
            """, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ApplyAsync(NpgsqlConnection connection, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Attempts);
        var poison = events.FirstOrDefault(FailOn);
        if (poison is not null)
        {
            throw new InvalidOperationException($"poison event {poison.SeqId}");
        }
        await using var batch = new NpgsqlBatch(connection);
        if (SleepSecondsPerBatch > 0)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT pg_sleep({SleepSecondsPerBatch.ToString(System.Globalization.CultureInfo.InvariantCulture)})"));
        }
        var counts = new NpgsqlBatchCommand($"""
            INSERT INTO {name}_counts (stream_id, n) SELECT s, count(*) FROM unnest($1::uuid[]) AS s GROUP BY s
                ON CONFLICT (stream_id) DO UPDATE SET n = {name}_counts.n + excluded.n
            """);
        counts.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.StreamId).ToArray() });
        var applied = new NpgsqlBatchCommand($"""
            INSERT INTO {name}_applied (seq_id, times) SELECT q, 1 FROM unnest($1::bigint[]) AS q
                ON CONFLICT (seq_id) DO UPDATE SET times = {name}_applied.times + 1
            """);
        applied.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.SeqId).ToArray() });
        batch.BatchCommands.Add(counts);
        batch.BatchCommands.Add(applied);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ResetAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"TRUNCATE {name}_counts, {name}_applied", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
