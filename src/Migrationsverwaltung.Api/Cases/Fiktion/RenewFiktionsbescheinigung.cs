using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Fiktion;

/// <summary>Renews the valid Fiktionsbescheinigung.</summary>
public static class RenewFiktionsbescheinigung
{
    [Action("fiktionsbescheinigung-renewals", Summary = "Renews the valid Fiktionsbescheinigung")]
    public sealed record Command : CaseRequest
    {
        public required DateOnly ValidUntil { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.RenewFiktionsbescheinigung(CaseId, context, ValidUntil);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.ValidUntil).NotEqual(default(DateOnly)).WithMessage("Die Gültigkeit fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
