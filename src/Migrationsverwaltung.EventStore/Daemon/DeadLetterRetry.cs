using Migrationsverwaltung.EventStore.Projections;
using Migrationsverwaltung.EventStore.Reading;
using Npgsql;

namespace Migrationsverwaltung.EventStore.Daemon;

/// <summary>A parked event of a projection, as an operator sees it.</summary>
public sealed record DeadLetter(long Id, string Projection, long SeqId, Guid StreamId, string EventType, string Error, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? RetriedAt);

public sealed record RetryResult(int Retried, int Succeeded, int FailedAgain);

/// <summary>
/// Lists a projection's dead letters and applies them again after a fix: each event in its own transaction, marked
/// retried on success, its error and attempt count updated on failure. Safe while the daemon runs: projections apply
/// idempotently per event (the daemon's own contract), and a retried letter is never applied twice by this.
/// </summary>
public static class DeadLetterRetry
{
    public static async Task<IReadOnlyList<DeadLetter>> ListAsync(EventStore store, string? projection, bool includeRetried, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand($"""
            SELECT id, projection_name, seq_id, stream_id, event_type, error, attempts, created_at, retried_at
            FROM {store.Options.Qualified("mt_dead_letters")}
            WHERE ($1::varchar IS NULL OR projection_name = $1) AND ($2 OR retried_at IS NULL)
            ORDER BY projection_name, seq_id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)projection ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
        command.Parameters.Add(new NpgsqlParameter { Value = includeRetried });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var letters = new List<DeadLetter>();
        while (await reader.ReadAsync(cancellationToken))
        {
            letters.Add(new DeadLetter(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetGuid(3), reader.GetString(4), reader.GetString(5),
                reader.GetInt32(6), reader.GetFieldValue<DateTimeOffset>(7), reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8)));
        }
        return letters;
    }

    public static async Task<RetryResult> RetryAsync(EventStore store, IProjection projection, CancellationToken cancellationToken)
    {
        var letters = await ListAsync(store, projection.Name, includeRetried: false, cancellationToken);
        var (succeeded, failed) = (0, 0);
        foreach (var letter in letters)
        {
            await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                var stored = await ReadEventAsync(connection, store, letter.SeqId, cancellationToken);
                await projection.ApplyAsync(connection, [stored], cancellationToken);
                await MarkAsync(connection, store, letter.Id, null, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                succeeded++;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                await MarkAsync(connection, store, letter.Id, error.Message, CancellationToken.None);
                failed++;
            }
        }
        return new RetryResult(letters.Count, succeeded, failed);
    }

    private static async Task<StoredEvent> ReadEventAsync(NpgsqlConnection connection, EventStore store, long seqId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {EventRows.Columns(store.Options)} FROM {EventRows.From(store.Options)} WHERE e.seq_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = seqId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? EventRows.Read(reader, store.Registry)
            : throw new InvalidOperationException($"Event {seqId} no longer exists.");
    }

    private static async Task MarkAsync(NpgsqlConnection connection, EventStore store, long id, string? error, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(error is null
            ? $"UPDATE {store.Options.Qualified("mt_dead_letters")} SET retried_at = now() WHERE id = $1"
            : $"UPDATE {store.Options.Qualified("mt_dead_letters")} SET error = $2, attempts = attempts + 1 WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        if (error is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = error });
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
