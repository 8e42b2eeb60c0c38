using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Fees;

/// <summary>Reduces a fee (reason required).</summary>
public static class ReduceFee
{
    [Action("fee-reductions", Summary = "Reduces a fee (reason required)")]
    public sealed record Command : CaseRequest
    {
        public required Guid FeeId { get; init; }
        public required long NewAmountCents { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.ReduceFee(CaseId, context, FeeId, NewAmountCents);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.FeeId).NotEmpty().WithMessage("Die Gebühren-ID fehlt.");
            RuleFor(r => r.NewAmountCents).GreaterThanOrEqualTo(0).WithMessage("Der Betrag darf nicht negativ sein.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
