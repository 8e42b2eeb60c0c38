using MediatR;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Catalogue;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;
using Migrationsverwaltung.EventStore;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Documents.Queries;

/// <summary>
/// GET /api/v1/cases/{caseId}/completeness: for each document the case's title requires (from the catalogue version
/// the case was received under), whether the person's file holds it — present, missing or expired.
/// </summary>
public static class GetCaseCompleteness
{
    public sealed record Query(Guid CaseId) : IPersonalDataQuery<View>
    {
        public IEnumerable<Guid> SubjectsOf(View response) => [response.CaseId, response.PersonId];
    }

    public sealed record View(Guid CaseId, Guid PersonId, string TitleCode, string CatalogueVersion, bool Complete, IReadOnlyList<RequiredDocument> Documents);

    public sealed class Handler(Store store, FileLoader files, CommandExecutor access, CurrentActor current, TimeProvider clock) : IRequestHandler<Query, View>
    {
        public async Task<View> Handle(Query query, CancellationToken cancellationToken)
        {
            if (current.Actor.Role is not (Role.Sachbearbeitung or Role.Teamleitung or Role.Revision))
            {
                throw new ForbiddenException($"Die Rolle {current.Actor.Role} sieht keine Verfahren.");
            }
            var @case = await LoadCaseAsync(store, query.CaseId, cancellationToken);
            access.EnsureSameTeam(@case.TeamId);
            var (file, _, _) = await files.LoadAsync(@case.PersonId, cancellationToken);
            var documents = Of(@case, file, BerlinTime.DateOf(clock.GetUtcNow()));
            return new View(query.CaseId, @case.PersonId, @case.TitleCode, @case.CatalogueVersion, documents.All(d => d.State == RequirementState.Present), documents);
        }
    }

    public static IReadOnlyList<RequiredDocument> Of(Case @case, PersonFile file, DateOnly today) =>
        Completeness.Of(TitleCatalogues.Get(@case.CatalogueVersion).RequiredDocumentsOf(@case.TitleCode), file, @case.Id, today);

    public static async Task<Case> LoadCaseAsync(Store store, Guid caseId, CancellationToken cancellationToken)
    {
        var folded = await store.AggregateStreamAsync(caseId, Case.Initial, (s, e) => e is CaseEvent c ? CaseEvolution.Evolve(s, c) : s, cancellationToken: cancellationToken);
        return folded is { State.Id: var id } && id != Guid.Empty ? folded.State : throw new StreamNotFoundException(caseId);
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/cases/{caseId:guid}/completeness", async (Guid caseId, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new Query(caseId), ct)))
            .RequireRoles(Role.Sachbearbeitung, Role.Teamleitung, Role.Revision)
            .WithTags("E-Akte").WithName("GetCaseCompleteness").WithSummary("Vollständigkeit eines Verfahrens: erforderliche Unterlagen vorhanden, fehlend oder abgelaufen")
            .Produces<View>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
}
