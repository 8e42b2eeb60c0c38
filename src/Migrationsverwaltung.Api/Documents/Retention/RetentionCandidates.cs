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
