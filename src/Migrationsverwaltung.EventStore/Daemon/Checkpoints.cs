using Npgsql;

namespace Migrationsverwaltung.EventStore.Daemon;

/// <summary>Raised when a checkpoint moved under a batch: another instance leads this projection now.</summary>
public sealed class LostLeadershipException(string projection)
    : EventStoreException($"Projection '{projection}' was advanced by another instance; this batch is rolled back.");

internal sealed record ProgressionRow(Position Position, DateTimeOffset? RebuildRequestedAt, string? StoppedReason);

/// <summary>The projections' progress in mt_event_progression, moved compare-and-set only.</summary>
internal sealed class Checkpoints(EventStoreOptions options)
{
    private string Table => options.Qualified("mt_event_progression");

    public async Task EnsureAsync(NpgsqlConnection connection, string projection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"INSERT INTO {Table} (name) VALUES ($1) ON CONFLICT (name) DO NOTHING", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = projection });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ProgressionRow> ReadAsync(NpgsqlConnection connection, string projection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT last_tx_id, last_seq_id, rebuild_requested_at, stopped_reason FROM {Table} WHERE name = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = projection });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"Projection '{projection}' has no progression row.");
        }
        return new ProgressionRow(new Position(reader.GetInt64(0), reader.GetInt64(1)),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
            reader.IsDBNull(3) ? null : reader.GetString(3));
    }

    /// <summary>Moves the checkpoint from 'from' to 'to'; if someone else moved it, the transaction must roll back.</summary>
    public async Task AdvanceAsync(NpgsqlConnection connection, string projection, Position from, Position to, CancellationToken cancellationToken, bool clearRebuild = false)
    {
        await using var command = new NpgsqlCommand($"""
            UPDATE {Table} SET last_tx_id = $2, last_seq_id = $3, last_updated = now()
                {(clearRebuild ? ", rebuild_requested_at = NULL, stopped_reason = NULL" : "")}
            WHERE name = $1 AND last_tx_id = $4 AND last_seq_id = $5
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = projection });
        command.Parameters.Add(new NpgsqlParameter { Value = to.TransactionId });
        command.Parameters.Add(new NpgsqlParameter { Value = to.SeqId });
        command.Parameters.Add(new NpgsqlParameter { Value = from.TransactionId });
        command.Parameters.Add(new NpgsqlParameter { Value = from.SeqId });
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new LostLeadershipException(projection);
        }
    }

    public async Task StopAsync(NpgsqlConnection connection, string projection, string reason, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"UPDATE {Table} SET stopped_reason = $2, last_updated = now() WHERE name = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = projection });
        command.Parameters.Add(new NpgsqlParameter { Value = reason });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
