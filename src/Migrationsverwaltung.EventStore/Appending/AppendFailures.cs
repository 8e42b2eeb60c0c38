using Npgsql;

namespace Migrationsverwaltung.EventStore.Appending;

/// <summary>Turns a failed append into the error that says why: unknown, archived, or at another version.</summary>
internal static class AppendFailures
{
    private const string UniqueViolation = "23505";
    private const string LockNotAvailable = "55P03";

    public static async Task<EventStoreException> DiagnoseAsync(NpgsqlConnection connection, EventStoreOptions options, PendingAppend append, CancellationToken cancellationToken)
    {
        if (append.ExplicitStart)
        {
            return new StreamAlreadyExistsException(append.StreamId);
        }
        await using var command = new NpgsqlCommand($"SELECT version, is_archived FROM {options.Qualified("mt_streams")} WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = append.StreamId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return new StreamNotFoundException(append.StreamId);
        }
        if (reader.GetBoolean(1))
        {
            return new StreamArchivedException(append.StreamId);
        }
        return new ConcurrencyException(append.StreamId, append.ExpectedVersion, reader.GetInt64(0));
    }

    public static bool IsStreamConflict(PostgresException exception) =>
        exception.SqlState == UniqueViolation &&
        exception.ConstraintName is "mt_streams_pkey" or "mt_events_stream_and_version";

    public static bool IsLockTimeout(PostgresException exception) => exception.SqlState == LockNotAvailable;
}
