using MediatR;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Deadlines;
using Migrationsverwaltung.EventStore;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Queries;

/// <summary>
/// A case's state, version (the ETag) and deadlines as of now, folded from its events; optionally as of a
/// version. Caseworkers and team leads see their team's cases, auditors every case; each read is in the access log.
/// </summary>
public static class GetCaseState
{
    public sealed record Query(Guid CaseId, long? AsOfVersion = null) : IPersonalDataQuery<View>
    {
        public IEnumerable<Guid> SubjectsOf(View response) => [response.CaseId, response.State.PersonId];
    }

    public sealed record DeadlineView(DeadlineKind Kind, string Name, DateOnly LastDay, DateTimeOffset DueAt, DeadlineState State, string LegalBasis);

    public sealed record View(Guid CaseId, long Version, Verfahren.Case State, IReadOnlyList<DeadlineView> Deadlines);

    public sealed class Handler(EventStore.EventStore store, CurrentActor current, CommandExecutor access, TimeProvider clock) : IRequestHandler<Query, View>
    {
        public async Task<View> Handle(Query query, CancellationToken cancellationToken)
        {
            if (current.Actor.Role is not (Domain.Common.Role.Sachbearbeitung or Domain.Common.Role.Teamleitung or Domain.Common.Role.Revision))
            {
                throw new ForbiddenException($"Die Rolle {current.Actor.Role} sieht keine Verfahren.");
            }
            var folded = await store.AggregateStreamAsync(query.CaseId, Verfahren.Case.Initial,
                (state, e) => e is Verfahren.CaseEvent c ? Verfahren.CaseEvolution.Evolve(state, c) : state,
                new ReadOptions { ToVersion = query.AsOfVersion }, cancellationToken);
            if (folded is null || folded.Version > 0 && folded.State.Id == Guid.Empty)
            {
                throw new StreamNotFoundException(query.CaseId);
            }
            access.EnsureSameTeam(folded.State.TeamId);
            var now = clock.GetUtcNow();
            var deadlines = Verfahren.CaseDeadlines.Of(folded.State, Verfahren.DeadlineSettings.Default)
                .Select(d => new DeadlineView(d.Kind, d.Kind.GermanName(), d.LastDay, d.DueAt, d.StateAt(now), d.LegalBasis))
                .ToList();
            return new View(query.CaseId, folded.Version, folded.State, deadlines);
        }
    }
}
