using Migrationsverwaltung.EventStore.Reading;
using Npgsql;

namespace Migrationsverwaltung.EventStore.Projections;

/// <summary>
/// Rebuilds an inline projection from zero in one transaction: appends wait meanwhile (a SHARE lock on mt_events
/// lets readers go on), so the rebuilt read model is exactly the events as of its commit, with no append lost in between.
/// For a large store, run it in a quiet hour.
/// </summary>
public static class InlineRebuild
{
    public static async Task<long> RunAsync(EventStore store, IProjection projection, Action<long>? progress = null, CancellationToken cancellationToken = default, int batchSize = 5000)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"LOCK TABLE {store.Options.Qualified("mt_events")} IN SHARE MODE", connection))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        await projection.EnsureSchemaAsync(connection, cancellationToken);
        await projection.ResetAsync(connection, cancellationToken);
        long after = 0, applied = 0;
        while (true)
        {
            await using var command = new NpgsqlCommand($"""
                SELECT {EventRows.Columns(store.Options)} FROM {EventRows.From(store.Options)}
                WHERE e.seq_id > $1 AND NOT e.is_archived ORDER BY e.seq_id LIMIT $2
                """, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = after });
            command.Parameters.Add(new NpgsqlParameter { Value = batchSize });
            List<StoredEvent> batch;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                batch = await EventRows.ReadAllAsync(reader, store.Registry, cancellationToken);
            }
            if (batch.Count == 0)
            {
                break;
            }
            await projection.ApplyAsync(connection, batch, cancellationToken);
            after = batch[^1].SeqId;
            applied += batch.Count;
            progress?.Invoke(applied);
        }
        await transaction.CommitAsync(cancellationToken);
        return applied;
    }
}
