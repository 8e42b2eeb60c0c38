using Migrationsverwaltung.Api.Documents.Storage;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Npgsql;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>What is left to erase of a deleted file's person: stored contents and rows of personal data.</summary>
public sealed record ErasureState(long Contents, long PersonalDataRows, long ReadModelNameRows = 0)
{
    public bool IsComplete => Contents == 0 && PersonalDataRows == 0 && ReadModelNameRows == 0;
}

/// <summary>
/// Completes the deletion of a file: the person's document contents and personal data (docs/adr/0006) go, the events
/// stay (the audit skeleton and the FileDeleted tombstone). Each part is erased only while something is left, so a
/// run interrupted between the parts is completed by the next one, and a complete erasure is not repeated.
/// </summary>
public sealed class FileErasure(Store store)
{
    public const string Reason = "Aufbewahrungsfrist abgelaufen: Akte ausgesondert und gelöscht";
    private const string PersonNames = Views.Inbox.InboxProjection.Names;

    public async Task<ErasureState> RemainingAsync(Guid personId, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand($"""
            SELECT (SELECT count(*) FROM {AppSchema.Name}.document_contents WHERE person_id = $1),
                   (SELECT count(*) FROM "{store.Options.Schema}".mt_personal_data WHERE subject_id = $1)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = personId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (contents, personal) = (reader.GetInt64(0), reader.GetInt64(1));
        await reader.CloseAsync();
        return new ErasureState(contents, personal, await NameRowsAsync(personId, delete: false, cancellationToken));
    }

    /// <summary>
    /// The inbox's lookup by name keeps a copy of the names (views.person_names); a rebuild would read them as null after
    /// the erasure, so the copy goes with the personal data.
    /// </summary>
    private async Task<long> NameRowsAsync(Guid personId, bool delete, CancellationToken cancellationToken)
    {
        await using (var exists = store.DataSource.CreateCommand($"SELECT to_regclass('{PersonNames}') IS NOT NULL"))
        {
            if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return 0;
            }
        }
        await using var command = store.DataSource.CreateCommand(delete
            ? $"DELETE FROM {PersonNames} WHERE person_id = $1"
            : $"SELECT count(*) FROM {PersonNames} WHERE person_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = personId });
        return delete ? await command.ExecuteNonQueryAsync(cancellationToken) : (long)(await command.ExecuteScalarAsync(cancellationToken))!;
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
        if (remaining.ReadModelNameRows > 0)
        {
            await NameRowsAsync(personId, delete: true, cancellationToken);
        }
        return remaining;
    }
}
