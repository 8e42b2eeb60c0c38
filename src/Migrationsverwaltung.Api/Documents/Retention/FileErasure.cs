using Migrationsverwaltung.Api.Documents.Storage;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Npgsql;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>What is left to erase of a deleted file's person: stored contents and rows of personal data.</summary>
public sealed record ErasureState(long Contents, long PersonalDataRows)
{
    public bool IsComplete => Contents == 0 && PersonalDataRows == 0;
}

/// <summary>
/// Completes the deletion of a file: the person's document contents and personal data (docs/adr/0006) go, the events
/// stay (the audit skeleton and the FileDeleted tombstone). Each part is erased only while something is left, so a
/// run interrupted between the parts is completed by the next one, and a complete erasure is not repeated.
/// </summary>
public sealed class FileErasure(Store store)
{
    public const string Reason = "Aufbewahrungsfrist abgelaufen: Akte ausgesondert und gelöscht";

    public async Task<ErasureState> RemainingAsync(Guid personId, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand($"""
            SELECT (SELECT count(*) FROM {AppSchema.Name}.document_contents WHERE person_id = $1),
                   (SELECT count(*) FROM "{store.Options.Schema}".mt_personal_data WHERE subject_id = $1)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = personId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new ErasureState(reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Erases what is left; returns what there was.</summary>
    public async Task<ErasureState> CompleteAsync(Guid personId, string erasedBy, CancellationToken cancellationToken)
    {
        var remaining = await RemainingAsync(personId, cancellationToken);
        if (remaining.Contents > 0)
        {
            await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
            await DocumentContentStore.EraseAsync(connection, personId, cancellationToken);
        }
        if (remaining.PersonalDataRows > 0)
        {
            await store.ErasePersonalDataAsync(personId, Reason, erasedBy, cancellationToken);
        }
        return remaining;
    }
}
