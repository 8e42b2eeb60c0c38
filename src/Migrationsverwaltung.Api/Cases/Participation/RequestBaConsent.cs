using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Participation;

/// <summary>Asks the Bundesagentur für Arbeit for consent (§39 AufenthG).</summary>
public static class RequestBaConsent
{
    [Action("ba-consent-requests", Summary = "Asks the Bundesagentur für Arbeit for consent (§39 AufenthG)")]
    public sealed record Command : CaseRequest
    {
        public required DateOnly ReceivedByBaOn { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.RequestBaConsent(CaseId, context, ReceivedByBaOn);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.ReceivedByBaOn).NotEqual(default(DateOnly)).WithMessage("Das Eingangsdatum bei der Bundesagentur fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
