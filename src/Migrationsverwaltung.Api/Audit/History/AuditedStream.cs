using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;
using Migrationsverwaltung.Domain.Organisation;
using Migrationsverwaltung.Domain.Persons;
using Migrationsverwaltung.EventStore;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Audit.History;

/// <summary>
/// Any stream as an auditor reads it: every event (archived streams too), and the state folded by the stream's own
/// pure Evolve up to a version or a point in time. The kind is known from the events themselves.
/// </summary>
public sealed class AuditedStream(Store store, CurrentActor current)
{
    public async Task<IReadOnlyList<StoredEvent>> ReadAsync(Guid streamId, CancellationToken cancellationToken)
    {
        if (current.Actor.Role != Role.Revision)
        {
            throw new ForbiddenException("Den Verlauf eines Datenstroms sieht nur die Revision.");
        }
        var events = await store.ReadStreamAsync(streamId, ReadOptions.All with { IncludeArchived = true }, cancellationToken);
        return events.Count > 0 ? events : throw new StreamNotFoundException(streamId);
    }

    public static string KindOf(IReadOnlyList<StoredEvent> events) => events[0].Data switch
    {
        CaseEvent => "case",
        PersonEvent => "person",
        FileEvent => "file",
        OfficeEvent => "office",
        _ => "unknown",
    };

    /// <summary>The state after the events up to (and including) <paramref name="version"/>.</summary>
    public static object Fold(IReadOnlyList<StoredEvent> events, long version)
    {
        var upTo = events.Where(e => e.Version <= version).Select(e => e.Data).ToList();
        return KindOf(events) switch
        {
            "case" => upTo.OfType<CaseEvent>().Aggregate(Case.Initial, CaseEvolution.Evolve),
            "person" => upTo.OfType<PersonEvent>().Aggregate(Person.Initial, PersonEvolution.Evolve),
            "file" => upTo.OfType<FileEvent>().Aggregate(PersonFile.Initial, FileEvolution.Evolve),
            "office" => upTo.OfType<OfficeEvent>().Aggregate(Office.Initial, OfficeEvolution.Evolve),
            _ => throw new StreamNotFoundException(events[0].StreamId),
        };
    }

    /// <summary>The person whose data the stream holds, for the access log.</summary>
    public static IEnumerable<Guid> Subjects(IReadOnlyList<StoredEvent> events)
    {
        yield return events[0].StreamId;
        if (events.Select(e => e.Data).OfType<IAboutPerson>().Select(e => e.PersonId).FirstOrDefault() is { } person && person != Guid.Empty)
        {
            yield return person;
        }
        else if (events.Select(e => e.Data).OfType<ApplicationReceived>().FirstOrDefault() is { } received)
        {
            yield return received.PersonId;
        }
    }
}
