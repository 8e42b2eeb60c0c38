using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Participation;

/// <summary>Records the result of the security check.</summary>
public static class RecordSecurityCheckResult
{
    [Action("security-check-results", Summary = "Records the result of the security check")]
    public sealed record Command : CaseRequest
    {
        public required Verfahren.SecurityCheckOutcome Outcome { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.RecordSecurityCheckResult(CaseId, context, Outcome);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.Outcome).IsInEnum().WithMessage("Unbekanntes Ergebnis der Sicherheitsabfrage.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
