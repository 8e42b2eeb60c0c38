using Migrationsverwaltung.Domain.Files;
using Migrationsverwaltung.Domain.Persons;
using Npgsql;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>
/// Where the retention job looks: persons whose record became restricted (moved away, died, naturalised) and files that
/// have a retention assigned. One query each over the events by type; a read model would spare the scan once the store
/// is large (docs/retention-and-archive.md).
/// </summary>
public sealed class RetentionCandidates(Store store)
{
    public Task<IReadOnlyList<Guid>> RestrictedPersonsAsync(CancellationToken cancellationToken) =>
        StreamsWithAsync([typeof(PersonMovedAway), typeof(PersonDied), typeof(PersonNaturalised)], cancellationToken);

    /// <summary>The persons whose file has a retention (their file stream ids are derived, so the person id is read from the event).</summary>
    public async Task<IReadOnlyList<Guid>> PersonsWithRetentionAsync(CancellationToken cancellationToken)
    {
        var persons = new List<Guid>();
        await using var command = store.DataSource.CreateCommand(
            $"SELECT DISTINCT (data->>'person_id')::uuid FROM \"{store.Options.Schema}\".mt_events WHERE type = $1 AND NOT is_archived");
        command.Parameters.Add(new NpgsqlParameter { Value = store.Registry.AliasFor(typeof(RetentionAssigned)) });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            persons.Add(reader.GetGuid(0));
        }
        return persons;
    }

    /// <summary>
    /// The persons whose file holds a photo (LICHTBILD) received on or before <paramref name="receivedBy"/> (the shortest
    /// period ago) whose content is not yet erased, in a file not deleted. The photos' exact due dates come from the fold.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> PersonsWithBiometricPhotosAsync(DateOnly receivedBy, CancellationToken cancellationToken)
    {
        var persons = new List<Guid>();
        var events = $"\"{store.Options.Schema}\".mt_events";
        await using var command = store.DataSource.CreateCommand($"""
            SELECT DISTINCT (e.data->>'person_id')::uuid FROM {events} e
            WHERE NOT e.is_archived AND e.data->>'document_type' = $1
              AND ((e.type = $2 AND (e.data->>'received_on')::date <= $3) OR e.type = $4)
              AND NOT EXISTS (SELECT 1 FROM {events} x WHERE x.stream_id = e.stream_id AND x.type = $5 AND x.data->>'document_id' = e.data->>'document_id')
              AND NOT EXISTS (SELECT 1 FROM {events} x WHERE x.stream_id = e.stream_id AND x.type = $6)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = Domain.Catalogue.DocumentCodes.Lichtbild });
        command.Parameters.Add(new NpgsqlParameter { Value = store.Registry.AliasFor(typeof(DocumentAdded)) });
        command.Parameters.Add(new NpgsqlParameter { Value = receivedBy });
        command.Parameters.Add(new NpgsqlParameter { Value = store.Registry.AliasFor(typeof(DocumentReclassified)) });
        command.Parameters.Add(new NpgsqlParameter { Value = store.Registry.AliasFor(typeof(BiometricDocumentErased)) });
        command.Parameters.Add(new NpgsqlParameter { Value = store.Registry.AliasFor(typeof(FileDeleted)) });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            persons.Add(reader.GetGuid(0));
        }
        return persons;
    }

    private async Task<IReadOnlyList<Guid>> StreamsWithAsync(IEnumerable<Type> eventTypes, CancellationToken cancellationToken)
    {
        var streams = new List<Guid>();
        await using var command = store.DataSource.CreateCommand(
            $"SELECT DISTINCT stream_id FROM \"{store.Options.Schema}\".mt_events WHERE type = ANY($1) AND NOT is_archived");
        command.Parameters.Add(new NpgsqlParameter { Value = eventTypes.Select(store.Registry.AliasFor).ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            streams.Add(reader.GetGuid(0));
        }
        return streams;
    }
}
