using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Lifecycle;

/// <summary>Settles the case: moved away, died, naturalised.</summary>
public static class Settle
{
    [Action("settlement", Summary = "Settles the case: moved away, died, naturalised")]
    public sealed record Command : CaseRequest
    {
        public required Verfahren.SettlementKind Kind { get; init; }
        public string? NewOfficeCode { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.Settle(CaseId, context, Kind, NewOfficeCode);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.Kind).IsInEnum().WithMessage("Unbekannte Erledigungsart.");
            RuleFor(r => r.NewOfficeCode).Matches("^[0-9]{8}$").When(r => r.NewOfficeCode is not null).WithMessage("Der Behördenschlüssel der neuen Behörde hat 8 Ziffern.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
