using Migrationsverwaltung.Api.Documents.Queries;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Files;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Deadlines;
using Migrationsverwaltung.Domain.Persons;
using Migrationsverwaltung.EventStore;

namespace Migrationsverwaltung.Api.Views.CaseDetails;

/// <summary>
/// GET /api/v1/cases/{id}/details: everything a caseworker needs on one page, computed from the case's stream and
/// the person's stream at the moment of reading (so it is never behind a write): step, person summary, deadlines
/// with due dates and state, participations, fees, Fiktionsbescheinigung, the full timeline and the actions the
/// user may take next, and the documents: completeness from the catalogue against the person's file (E-Akte), and the documents linked to the case.
/// The answer holds personal data: every read is in the access log.
/// </summary>
public static class GetCaseDetails
{
    public sealed record Query(Guid CaseId) : IPersonalDataQuery<Details>
    {
        public IEnumerable<Guid> SubjectsOf(Details response) => [response.CaseId, response.PersonId];
    }

    public sealed record PersonSummary(
        string? FamilyName, string? GivenNames, DateOnly? BirthDate, string Nationality, PersonStatus Status,
        DateOnly? PassportValidUntil, string? CurrentTitleCode, DateOnly? CurrentTitleValidUntil, bool PersonalDataErased);

    public sealed record DeadlineView(DeadlineKind Kind, string Name, DateOnly TriggeredOn, DateOnly WarningFrom, DateOnly LastDay, DateTimeOffset DueAt,
        DeadlineState State, DateTimeOffset? MetAt, string LegalBasis);

    public sealed record ParticipationView(string Key, string Body, DateOnly RequestedOn, bool Open, DateTimeOffset? ClosedAt, string? Outcome);

    public sealed record FeeView(Guid FeeId, string Purpose, string LegalBasis, long AmountCents, long PaidCents, bool Waived, long OutstandingCents);

    public sealed record FiktionView(FiktionBasis? Basis, DateOnly? ValidUntil, bool Void);

    /// <summary>Completeness of the case against the person's whole file, and the file's documents linked to this case.</summary>
    public sealed record DocumentsView(bool Complete, IReadOnlyList<RequiredDocument> Required, IReadOnlyList<LinkedDocument> Linked);

    public sealed record LinkedDocument(Guid DocumentId, string DocumentType, string? Title, DateOnly ReceivedOn, DateOnly? ValidUntil, int Versions, ScanStatus Scan);

    public sealed record TimelineEntry(long Version, string Type, DateTimeOffset At, string? By, string? Command, string? Reason);

    public sealed record Details(
        Guid CaseId, long Version, string? FileNumber, CaseStatus Status, string StatusLabel, CaseStatus PhaseStatus,
        string TitleCode, ApplicationKind Kind, DateOnly ReceivedOn, Guid TeamId, string? Caseworker,
        Guid PersonId, PersonSummary? Person,
        IReadOnlyList<DeadlineView> Deadlines, IReadOnlyList<ParticipationView> Participations,
        IReadOnlyList<FeeView> Fees, long OutstandingFeesCents, FiktionView? Fiktion,
        DocumentsView Documents,
        IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<NextAction> NextActions);

    public sealed class Handler(EventStore.EventStore store, CurrentActor current, CommandExecutor access, TimeProvider clock, FileLoader files) : IRequestHandler<Query, Details>
    {
        public async Task<Details> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = current.Actor;
            if (actor.Role is not (Role.Sachbearbeitung or Role.Teamleitung or Role.Revision))
            {
                throw new ForbiddenException($"Die Rolle {actor.Role} sieht keine Verfahren.");
            }
            var events = await store.ReadStreamAsync(query.CaseId, cancellationToken: cancellationToken);
            if (events.Count == 0 || events[0].Data is not CaseEvent)
            {
                throw new StreamNotFoundException(query.CaseId);
            }
            var state = CaseEvolution.Replay(events.Select(e => (CaseEvent)e.Data));
            access.EnsureSameTeam(state.TeamId);
            var now = clock.GetUtcNow();
            return new Details(
                state.Id, events[^1].Version, state.FileNumber, state.Status, state.Status.German(), state.PhaseStatus,
                state.TitleCode, state.Kind, state.ReceivedOn, state.TeamId, state.Caseworker,
                state.PersonId, await PersonAsync(state.PersonId, cancellationToken),
                CaseDeadlines.Of(state, DeadlineSettings.Default)
                    .Select(d => new DeadlineView(d.Kind, d.Kind.GermanName(), d.TriggeredOn, d.WarningFrom, d.LastDay, d.DueAt, d.StateAt(now), d.MetAt, d.LegalBasis))
                    .OrderBy(d => d.LastDay).ToList(),
                state.Participations.OrderBy(p => p.Value.RequestedOn).ThenBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => new ParticipationView(p.Key, p.Value.Body, p.Value.RequestedOn, p.Value.IsOpen, p.Value.ClosedAt, p.Value.Outcome)).ToList(),
                state.Fees.Values.OrderBy(f => f.Purpose, StringComparer.Ordinal).ThenBy(f => f.Id)
                    .Select(f => new FeeView(f.Id, f.Purpose, f.LegalBasis, f.AmountCents, f.PaidCents, f.Waived, f.OutstandingCents)).ToList(),
                state.OutstandingFeesCents,
                state.FiktionBasis is null && state.Fiktion is null ? null : new FiktionView(state.FiktionBasis, state.Fiktion?.ValidUntil, state.Fiktion?.Void ?? false),
                await DocumentsAsync(state, BerlinTime.DateOf(now), cancellationToken),
                events.Select(e => new TimelineEntry(e.Version, e.Type, ((CaseEvent)e.Data).At, e.UserName,
                    e.Headers.GetValueOrDefault("command"), e.Headers.GetValueOrDefault("reason"))).ToList(),
                NextActions.For(state, actor, now));
        }

        private async Task<DocumentsView> DocumentsAsync(Case state, DateOnly today, CancellationToken cancellationToken)
        {
            var (file, _, _) = await files.LoadAsync(state.PersonId, cancellationToken);
            var required = GetCaseCompleteness.Of(state, file, today);
            return new DocumentsView(required.All(r => r.State == RequirementState.Present), required,
                [.. file.Documents.Values.Where(d => d.Cases.Contains(state.Id)).OrderBy(d => d.ReceivedOn)
                    .Select(d => new LinkedDocument(d.Id, d.DocumentType, d.Title, d.ReceivedOn, d.ValidUntil, d.Versions.Count, d.Current.Scan))]);
        }

        private async Task<PersonSummary?> PersonAsync(Guid personId, CancellationToken cancellationToken)
        {
            var events = await store.ReadStreamAsync(personId, cancellationToken: cancellationToken);
            if (events.Count == 0 || events[0].Data is not PersonEvent)
            {
                return null;
            }
            var person = PersonEvolution.Replay(events.Select(e => (PersonEvent)e.Data));
            return new PersonSummary(person.FamilyName, person.GivenNames, person.BirthDate, person.Nationality, person.Status,
                person.Passport?.ValidUntil, person.CurrentTitle?.TitleCode, person.CurrentTitle?.ValidUntil, events.Any(e => e.PersonalDataErased));
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/cases/{id:guid}/details", async (Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var details = await mediator.Send(new Query(id), ct);
                http.Response.Headers.ETag = Versions.ETag(details.Version);
                return Results.Ok(details);
            })
            .WithTags("Verfahren").WithName("GetCaseDetails").RequireRoles(Role.Sachbearbeitung, Role.Teamleitung, Role.Revision)
            .WithSummary("Verfahrensakte auf einen Blick: Stand, Person, Fristen, Beteiligungen, Gebühren, Verlauf, nächste mögliche Schritte, Unterlagen (Vollständigkeit aus der E-Akte)")
            .Produces<Details>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
