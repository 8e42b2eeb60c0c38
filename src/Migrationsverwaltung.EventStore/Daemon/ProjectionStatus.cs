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
            await using var command = new NpgsqlCommand($"""
                SELECT p.last_tx_id, p.last_seq_id, p.stopped_reason, p.rebuild_requested_at IS NOT NULL,
                    (SELECT count(*) FROM {o.Qualified("mt_events")} e WHERE (e.tx_id, e.seq_id) > (p.last_tx_id, p.last_seq_id) AND NOT e.is_archived),
                    (SELECT count(*) FROM {o.Qualified("mt_events")} e WHERE (e.tx_id, e.seq_id) > (p.last_tx_id, p.last_seq_id) AND NOT e.is_archived
                        AND e.tx_id >= {o.Qualified("mt_safe_horizon()")}),
                    (SELECT count(*) FROM {o.Qualified("mt_dead_letters")} d WHERE d.projection_name = p.name AND d.retried_at IS NULL)
                FROM (SELECT $1::varchar AS name) n
                LEFT JOIN {o.Qualified("mt_event_progression")} p ON p.name = n.name
                """, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = name });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var started = !reader.IsDBNull(0);
            var heldBack = started ? reader.GetInt64(5) : 0;
            statuses.Add(new ProjectionStatus(
                name,
                started ? new Position(reader.GetInt64(0), reader.GetInt64(1)) : Position.Start,
                ledHere,
                started ? reader.GetInt64(4) : -1,
                heldBack,
                heldBack > 0 ? blocking : null,
                started ? reader.GetInt64(6) : 0,
                reader.IsDBNull(2) ? null : reader.GetString(2),
                started && reader.GetBoolean(3),
                lastError));
        }
        return statuses;
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
