using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Fees;

/// <summary>Charges a fee (amount and legal basis from the fee calculator).</summary>
public static class ChargeFee
{
    public sealed record Command : CaseRequest
    {
        public required Guid FeeId { get; init; }
        public required string Purpose { get; init; }
        public required long AmountCents { get; init; }
        public required string LegalBasis { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.ChargeFee(CaseId, context, FeeId, Purpose, AmountCents, LegalBasis);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.FeeId).NotEmpty().WithMessage("Die Gebühren-ID fehlt.");
            RuleFor(r => r.Purpose).NotEmpty().MaximumLength(200).WithMessage("Der Gebührenzweck fehlt.");
            RuleFor(r => r.AmountCents).GreaterThanOrEqualTo(0).WithMessage("Der Betrag darf nicht negativ sein.");
            RuleFor(r => r.LegalBasis).NotEmpty().MaximumLength(200).WithMessage("Die Rechtsgrundlage fehlt.");
        }
    }

    public sealed class Handler(CaseCommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
