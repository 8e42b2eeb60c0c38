using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Catalogue;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Intake;

/// <summary>
/// Receives an application of a person for a title. The title is looked up in the catalogue in force on the
/// day of receipt; the case keeps that catalogue version and what the rules need from it (BA consent, eAT).
/// </summary>
public static class ReceiveApplication
{
    [Action("", Creates = true, Summary = "Receives an application of a person for a title")]
    public sealed record Command : CaseRequest
    {
        public required Guid PersonId { get; init; }
        public required Guid OfficeId { get; init; }
        public required Guid TeamId { get; init; }
        public required string TitleCode { get; init; }
        public required Verfahren.ApplicationKind Kind { get; init; }
        public required Verfahren.ApplicationChannel Channel { get; init; }
        public required DateOnly ReceivedOn { get; init; }
        public DateOnly? CurrentTitleValidUntil { get; init; }
        public bool LawfulStayWithoutTitle { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context)
        {
            var catalogue = TitleCatalogues.InForceOn(ReceivedOn);
            var title = catalogue.Title(TitleCode);
            return new Verfahren.ReceiveApplication(
                CaseId, context, PersonId, OfficeId, TeamId, title.Code, catalogue.Version, Kind, Channel, ReceivedOn,
                (Verfahren.BaConsentNeed)title.BaConsent, title.ShortenedBaFiction, title.IssuesEat, CurrentTitleValidUntil, LawfulStayWithoutTitle);
        }
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.ExpectedVersion).Equal(0).WithMessage("Ein neuer Antrag wird mit der Version 0 angelegt.");
            RuleFor(r => r.PersonId).NotEmpty().WithMessage("Die antragstellende Person fehlt.");
            RuleFor(r => r.OfficeId).NotEmpty().WithMessage("Die Behörde fehlt.");
            RuleFor(r => r.TeamId).NotEmpty().WithMessage("Das Team fehlt.");
            RuleFor(r => r.TitleCode).NotEmpty().WithMessage("Die Titelart fehlt.")
                .Must((request, code) => request.ReceivedOn < TitleCatalogues.Published[0].ValidFrom || TitleCatalogues.InForceOn(request.ReceivedOn).Contains(code))
                .WithMessage(r => $"Die Titelart „{r.TitleCode}“ steht nicht im Titelkatalog.");
            RuleFor(r => r.Kind).IsInEnum().WithMessage("Unbekannte Antragsart.");
            RuleFor(r => r.Channel).IsInEnum().WithMessage("Unbekannter Eingangsweg.");
            RuleFor(r => r.ReceivedOn).NotEqual(default(DateOnly)).WithMessage("Das Eingangsdatum fehlt.")
                .Must(day => day >= TitleCatalogues.Published[0].ValidFrom).WithMessage("Für dieses Eingangsdatum gibt es keinen Titelkatalog.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : MediatR.IRequestHandler<Command, CommandResult>
    {
        public Task<CommandResult> Handle(Command request, CancellationToken cancellationToken)
        {
            executor.EnsureSameTeam(request.TeamId);
            return executor.ExecuteAsync(Aggregates.Case, request, cancellationToken);
        }
    }
}
