using Npgsql;

namespace Migrationsverwaltung.EventStore.Daemon;

/// <summary>Events a projection could not apply after its retries, parked with the error for an operator.</summary>
internal sealed class DeadLetters(EventStoreOptions options)
{
    private string Table => options.Qualified("mt_dead_letters");

    public async Task ParkAsync(NpgsqlConnection connection, string projection, PagedEvent @event, Exception error, int attempts, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            INSERT INTO {Table} (projection_name, seq_id, tx_id, stream_id, event_type, error, attempts)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (projection_name, seq_id) DO UPDATE SET error = excluded.error, attempts = excluded.attempts, created_at = now(), retried_at = NULL
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = projection });
        command.Parameters.Add(new NpgsqlParameter { Value = @event.Position.SeqId });
        command.Parameters.Add(new NpgsqlParameter { Value = @event.Position.TransactionId });
        command.Parameters.Add(new NpgsqlParameter { Value = @event.StreamId });
        command.Parameters.Add(new NpgsqlParameter { Value = @event.Type });
        command.Parameters.Add(new NpgsqlParameter { Value = $"{error.GetType().Name}: {error.Message}" });
        command.Parameters.Add(new NpgsqlParameter { Value = attempts });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A rebuild replays every event, so the projection's parked events are tried again then.</summary>
    public async Task ClearAsync(NpgsqlConnection connection, string projection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"DELETE FROM {Table} WHERE projection_name = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = projection });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
