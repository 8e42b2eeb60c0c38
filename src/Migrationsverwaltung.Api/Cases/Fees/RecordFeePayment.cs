using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Fees;

/// <summary>Records a payment of a fee.</summary>
public static class RecordFeePayment
{
    [Action("fee-payments", Summary = "Records a payment of a fee")]
    public sealed record Command : CaseRequest
    {
        public required Guid FeeId { get; init; }
        public required long AmountCents { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.RecordFeePayment(CaseId, context, FeeId, AmountCents);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.FeeId).NotEmpty().WithMessage("Die Gebühren-ID fehlt.");
            RuleFor(r => r.AmountCents).GreaterThan(0).WithMessage("Der Betrag muss größer als null sein.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
