using MediatR;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;
using Migrationsverwaltung.EventStore;

namespace Migrationsverwaltung.Api.Persons.Queries;

/// <summary>A person's record as folded from their stream, with the version as ETag; every read is in the access log.</summary>
public static class GetPerson
{
    public sealed record Query(Guid PersonId) : IPersonalDataQuery<View>
    {
        public IEnumerable<Guid> SubjectsOf(View response) => [response.PersonId];
    }

    public sealed record View(Guid PersonId, long Version, Person State, bool PersonalDataErased);

    public sealed class Handler(EventStore.EventStore store, CurrentActor current) : IRequestHandler<Query, View>
    {
        public async Task<View> Handle(Query query, CancellationToken cancellationToken)
        {
            if (current.Actor.Role is not (Role.Sachbearbeitung or Role.Teamleitung or Role.Revision))
            {
                throw new ForbiddenException($"Die Rolle {current.Actor.Role} sieht keine Personendaten.");
            }
            var events = await store.ReadStreamAsync(query.PersonId, cancellationToken: cancellationToken);
            if (events.Count == 0 || events[0].Data is not PersonEvent)
            {
                throw new StreamNotFoundException(query.PersonId);
            }
            var state = PersonEvolution.Replay(events.Select(e => (PersonEvent)e.Data));
            return new View(query.PersonId, events[^1].Version, state, events.Any(e => e.PersonalDataErased));
        }
    }
}
