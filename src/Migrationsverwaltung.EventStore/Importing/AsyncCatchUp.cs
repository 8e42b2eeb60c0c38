using Migrationsverwaltung.EventStore.Daemon;
using Migrationsverwaltung.EventStore.Projections;
using Npgsql;

namespace Migrationsverwaltung.EventStore.Importing;

/// <summary>
/// Applies an async projection to a bulk import's events inside the import's transaction and moves its checkpoint
/// past them, so the daemon need not read them back, but only where the daemon would have come to exactly the same
/// result: the projection must have applied every event before the import's (it is caught up), no transaction that
/// could still add events before the import's in the daemon's (tx_id, seq_id) order may be running (the import's
/// transaction is the oldest one writing: the daemon's own horizon), no daemon may lead the projection (its leader
/// lock is taken for the transaction), and it must be neither stopped nor waiting for a rebuild. Otherwise nothing is
/// done and the daemon applies the events as usual. The checkpoint moves compare-and-set, as the daemon moves it.
/// </summary>
internal sealed class AsyncCatchUp(EventStore store)
{
    private readonly Checkpoints _checkpoints = new(store.Options);

    public async Task<bool> TryApplyAsync(NpgsqlConnection connection, IProjection projection, IReadOnlyList<StoredEvent> events, Position last, TimeSpan olderTransactionsWait, CancellationToken cancellationToken)
    {
        if (!await TryLockAsync(connection, projection, cancellationToken))
        {
            return false;
        }
        await projection.EnsureSchemaAsync(connection, cancellationToken);
        await _checkpoints.EnsureAsync(connection, projection.Name, cancellationToken);
        var row = await _checkpoints.ReadAsync(connection, projection.Name, cancellationToken);
        if (row.RebuildRequestedAt is not null || row.StoppedReason is not null
            || !await OlderTransactionsEndedAsync(connection, olderTransactionsWait, cancellationToken)
            || !await NothingBeforeAsync(connection, row.Position, cancellationToken))
        {
            return false;
        }
        await projection.ApplyAsync(connection, events, cancellationToken);
        await _checkpoints.AdvanceAsync(connection, projection.Name, row.Position, last, cancellationToken);
        return true;
    }

    private async Task<bool> TryLockAsync(NpgsqlConnection connection, IProjection projection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0))", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = ProjectionAgent.LockNameOf(store.Options, projection.Name) });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Waits, polling with a fresh snapshot per statement, until no transaction older than this one is running (the
    /// snapshot's xmin, our own xid included, is not below it), or gives up after <paramref name="wait"/>. Waiting
    /// cannot deadlock for longer than that: an older transaction blocked on one of our locks simply outlasts it.
    /// </summary>
    private async Task<bool> OlderTransactionsEndedAsync(NpgsqlConnection connection, TimeSpan wait, CancellationToken cancellationToken)
    {
        var o = store.Options;
        await using var command = new NpgsqlCommand($"SELECT {o.Qualified("mt_safe_horizon()")} >= {o.Qualified("mt_current_tx_id()")}", connection);
        var deadline = DateTime.UtcNow + wait;
        var pause = TimeSpan.FromMilliseconds(5);
        while (!(bool)(await command.ExecuteScalarAsync(cancellationToken))!)
        {
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }
            await Task.Delay(pause, cancellationToken);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 100));
        }
        return true;
    }

    /// <summary>
    /// The last event committed before this transaction's is behind the checkpoint. (Asked as "the last one", a
    /// backward scan of the (tx_id, seq_id) index, not as "none after the checkpoint", which the planner may answer
    /// with a scan of the whole table.) Called once no older transaction runs, so nothing can still sort before ours.
    /// </summary>
    private async Task<bool> NothingBeforeAsync(NpgsqlConnection connection, Position checkpoint, CancellationToken cancellationToken)
    {
        var o = store.Options;
        await using var command = new NpgsqlCommand($"""
            SELECT ARRAY[e.tx_id, e.seq_id] FROM {o.Qualified("mt_events")} e
            WHERE e.tx_id < {o.Qualified("mt_current_tx_id()")} AND NOT e.is_archived
            ORDER BY e.tx_id DESC, e.seq_id DESC LIMIT 1
            """, connection);
        if (await command.ExecuteScalarAsync(cancellationToken) is not long[] last)
        {
            return true;
        }
        return new Position(last[0], last[1]).CompareTo(checkpoint) <= 0;
    }
}
