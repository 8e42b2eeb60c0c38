using Npgsql;

namespace Migrationsverwaltung.EventStore.Daemon;

/// <summary>The open transaction that holds the horizon back (cluster-wide), named so an operator can act.</summary>
public sealed record BlockingBackend(int Pid, string? Database, string? Application, string? UserName, DateTimeOffset? TransactionStart, string? State);

public sealed record ProjectionStatus(
    string Name,
    Position Position,
    bool LedHere,
    long EventsBehind,
    long HeldBackByOpenTransaction,
    BlockingBackend? BlockingBackend,
    long DeadLetters,
    string? StoppedReason,
    bool RebuildRequested,
    string? LastError)
{
    public bool CaughtUp => EventsBehind == 0;
}

/// <summary>Lag per projection: events after its checkpoint, how many of them wait behind an open transaction, and whose.</summary>
internal static class ProjectionStatusQuery
{
    public static async Task<IReadOnlyList<ProjectionStatus>> ReadAsync(EventStore store, IReadOnlyList<(string Name, bool LedHere, string? LastError)> agents, CancellationToken cancellationToken)
    {
        var o = store.Options;
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        var blocking = await OldestOpenTransactionAsync(connection, cancellationToken);
        var statuses = new List<ProjectionStatus>();
        foreach (var (name, ledHere, lastError) in agents)
        {
            var checkpoint = await CheckpointAsync(connection, o, name, cancellationToken);
            var (behind, heldBack) = checkpoint is { } c ? await BehindAsync(connection, o, c.Position, cancellationToken) : (-1L, 0L);
            statuses.Add(new ProjectionStatus(
                name,
                checkpoint?.Position ?? Position.Start,
                ledHere,
                behind,
                heldBack,
                heldBack > 0 ? blocking : null,
                checkpoint?.DeadLetters ?? 0,
                checkpoint?.StoppedReason,
                checkpoint?.RebuildRequested ?? false,
                lastError));
        }
        return statuses;
    }

    private sealed record Checkpoint(Position Position, string? StoppedReason, bool RebuildRequested, long DeadLetters);

    private static async Task<Checkpoint?> CheckpointAsync(NpgsqlConnection connection, EventStoreOptions o, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT p.last_tx_id, p.last_seq_id, p.stopped_reason, p.rebuild_requested_at IS NOT NULL,
                (SELECT count(*) FROM {o.Qualified("mt_dead_letters")} d WHERE d.projection_name = p.name AND d.retried_at IS NULL)
            FROM {o.Qualified("mt_event_progression")} p WHERE p.name = $1
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Checkpoint(new Position(reader.GetInt64(0), reader.GetInt64(1)), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetBoolean(3), reader.GetInt64(4))
            : null;
    }

    /// <summary>
    /// Events after the checkpoint, and how many of them an open transaction holds back. The checkpoint comes as
    /// values, not from a join: so the planner sees how near the head it is and takes the (tx_id, seq_id) index
    /// instead of scanning every event (which took minutes at 22 million events).
    /// </summary>
    private static async Task<(long Behind, long HeldBack)> BehindAsync(NpgsqlConnection connection, EventStoreOptions o, Position after, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT count(*), count(*) FILTER (WHERE e.tx_id >= {o.Qualified("mt_safe_horizon()")})
            FROM {o.Qualified("mt_events")} e
            WHERE e.tx_id >= $1 AND (e.tx_id, e.seq_id) > ($1, $2) AND NOT e.is_archived
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = after.TransactionId });
        command.Parameters.Add(new NpgsqlParameter { Value = after.SeqId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task<BlockingBackend?> OldestOpenTransactionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT pid, datname, application_name, usename, xact_start, state
            FROM pg_stat_activity
            WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid()
            ORDER BY age(backend_xid) DESC
            LIMIT 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        return new BlockingBackend(reader.GetInt32(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
            reader.IsDBNull(5) ? null : reader.GetString(5));
    }
}
