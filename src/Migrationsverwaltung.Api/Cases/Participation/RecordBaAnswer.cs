using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Participation;

/// <summary>Records the BA's answer.</summary>
public static class RecordBaAnswer
{
    [Action("ba-consent-answers", Summary = "Records the BA's answer")]
    public sealed record Command : CaseRequest
    {
        public required Verfahren.BaOutcome Outcome { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.RecordBaAnswer(CaseId, context, Outcome);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.Outcome).IsInEnum().WithMessage("Unbekanntes Ergebnis der Bundesagentur.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
