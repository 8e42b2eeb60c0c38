using MediatR;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>
/// The retention job's read of a person's birth date, which decides a biometric photo's retention (5 years for a minor,
/// 7 for an adult). A birth date is personal data: every read is in the access log (use case "ReadBirthDate").
/// </summary>
public static class ReadBirthDate
{
    public sealed record Query(Guid PersonId) : IPersonalDataQuery<Answer>
    {
        public IEnumerable<Guid> SubjectsOf(Answer response) => [PersonId];
    }

    /// <summary>Null when the person's record has no birth date (or it was erased).</summary>
    public sealed record Answer(Guid PersonId, DateOnly? BirthDate);

    public sealed class Handler(Store store, CurrentActor current) : IRequestHandler<Query, Answer>
    {
        public async Task<Answer> Handle(Query query, CancellationToken cancellationToken)
        {
            if (current.Actor.Role is not Role.Administration)
            {
                throw new ForbiddenException($"Die Rolle {current.Actor.Role} liest keine Geburtsdaten für die Aufbewahrung.");
            }
            var events = await store.ReadStreamAsync(query.PersonId, cancellationToken: cancellationToken);
            var person = events.Select(e => e.Data).OfType<PersonEvent>().Aggregate(Person.Initial, PersonEvolution.Evolve);
            return new Answer(query.PersonId, person.BirthDate);
        }
    }
}
