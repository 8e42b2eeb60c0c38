using Npgsql;

namespace Migrationsverwaltung.EventStore.Schema;

/// <summary>
/// Transaction ids order the async projections, and they restart when a database is restored from a logical
/// dump into another cluster. The store records the cluster's system identifier and refuses to append or
/// project on another cluster until an operator re-bases it (<see cref="RebaseAsync"/>).
/// </summary>
internal sealed class ClusterIdentity(NpgsqlDataSource dataSource, EventStoreOptions options)
{
    private volatile bool _verified;

    public async Task EnsureVerifiedAsync(CancellationToken cancellationToken)
    {
        if (!_verified)
        {
            await VerifyAsync(cancellationToken);
        }
    }

    public async Task VerifyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT s.system_identifier, c.system_identifier FROM {options.Qualified("mt_event_store")} s, pg_control_system() c", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"The event store in schema '{options.Schema}' is not initialised; run the migration first.");
        }
        var (stored, actual) = (reader.GetInt64(0), reader.GetInt64(1));
        if (stored != actual)
        {
            _verified = false;
            throw new ClusterIdentityMismatchException(stored, actual);
        }
        _verified = true;
    }

    /// <summary>
    /// Adopts the current cluster: shifts future transaction ids above every stored one (so the order of old and
    /// new events and every checkpoint stay valid) and records the new system identifier. Run with the app stopped.
    /// </summary>
    public async Task RebaseAsync(CancellationToken cancellationToken)
    {
        var s = $"\"{options.Schema}\"";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockTables = new NpgsqlCommand($"LOCK TABLE {s}.mt_events, {s}.mt_event_progression IN EXCLUSIVE MODE", connection))
        {
            await lockTables.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var compute = new NpgsqlCommand($"""
            SELECT GREATEST(
                (SELECT tx_offset FROM {s}.mt_event_store),
                GREATEST((SELECT coalesce(max(tx_id), 0) FROM {s}.mt_events), (SELECT coalesce(max(last_tx_id), 0) FROM {s}.mt_event_progression))
                    - pg_current_xact_id()::text::bigint + 1)
            """, connection);
        var offset = (long)(await compute.ExecuteScalarAsync(cancellationToken))!;
        await using var rebase = new NpgsqlCommand($"""
            CREATE OR REPLACE FUNCTION {s}.mt_current_tx_id() RETURNS bigint LANGUAGE sql VOLATILE
                AS $$ SELECT pg_current_xact_id()::text::bigint + {offset} $$;
            CREATE OR REPLACE FUNCTION {s}.mt_safe_horizon() RETURNS bigint LANGUAGE sql VOLATILE
                AS $$ SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint + {offset} $$;
            UPDATE {s}.mt_event_store SET tx_offset = {offset}, rebased_at = now(),
                system_identifier = (SELECT system_identifier FROM pg_control_system());
            """, connection);
        await rebase.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _verified = true;
    }
}
