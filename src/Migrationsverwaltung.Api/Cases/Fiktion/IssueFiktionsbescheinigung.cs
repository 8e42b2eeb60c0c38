using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Fiktion;

/// <summary>Issues a Fiktionsbescheinigung.</summary>
public static class IssueFiktionsbescheinigung
{
    [Action("fiktionsbescheinigungen", Summary = "Issues a Fiktionsbescheinigung")]
    public sealed record Command : CaseRequest
    {
        public required string DocumentNumber { get; init; }
        public required DateOnly ValidUntil { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.IssueFiktionsbescheinigung(CaseId, context, DocumentNumber, ValidUntil);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.DocumentNumber).NotEmpty().Matches("^[A-Z0-9-]{1,30}$").WithMessage("Die Nummer der Bescheinigung besteht aus 1 bis 30 Großbuchstaben, Ziffern oder Bindestrichen.");
            RuleFor(r => r.ValidUntil).NotEqual(default(DateOnly)).WithMessage("Die Gültigkeit fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
