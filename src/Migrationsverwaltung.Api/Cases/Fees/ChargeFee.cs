using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Catalogue;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Fees;

/// <summary>
/// Charges the fee of the case's title as the catalogue version the case was submitted under prices it
/// (AufenthV: halving for minors §50, exemptions §52, §52a, express production), never a typed-in amount.
/// </summary>
public static class ChargeFee
{
    [Action("fees", Summary = "Charges the fee of the case's title as the catalogue version the case was submitted under prices it (AufenthV: halvin...")]
    public sealed record Command : CaseRequest
    {
        public required Guid FeeId { get; init; }
        public required FeeKind Kind { get; init; }
        public bool ApplicantIsMinor { get; init; }
        public FeeExemption Exemption { get; init; } = FeeExemption.None;
        public int? AgeAtApplication { get; init; }
        public bool ExpressProduction { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) =>
            throw new InvalidOperationException("ChargeFee prices the fee in the handler, with the case's catalogue version.");

        public FeeRequest ToFeeRequest() => new(Kind)
        {
            ApplicantIsMinor = ApplicantIsMinor, Exemption = Exemption, AgeAtApplication = AgeAtApplication, ExpressProduction = ExpressProduction,
        };
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.FeeId).NotEmpty().WithMessage("Die Gebühren-ID fehlt.");
            RuleFor(r => r.Kind).IsInEnum().WithMessage("Unbekannte Gebührenart.");
            RuleFor(r => r.Exemption).IsInEnum().WithMessage("Unbekannte Befreiung.");
            RuleFor(r => r.AgeAtApplication).InclusiveBetween(0, 130).WithMessage("Das Alter muss zwischen 0 und 130 liegen.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : MediatR.IRequestHandler<Command, CommandResult>
    {
        public Task<CommandResult> Handle(Command request, CancellationToken cancellationToken) =>
            executor.ExecuteAsync(Aggregates.Case, request, (context, state, _, _) =>
            {
                if (state.Status == Verfahren.CaseStatus.None)
                {
                    throw new RuleViolation("Zu diesem Verfahren liegt noch kein Antrag vor.");
                }
                var title = TitleCatalogues.Get(state.CatalogueVersion).Title(state.TitleCode);
                var fee = FeeCalculator.Calculate(title, request.ToFeeRequest());
                var purpose = $"{title.GermanName}: {request.Kind}";
                return Task.FromResult(new Prepared<Verfahren.CaseCommand>(
                    new Verfahren.ChargeFee(request.CaseId, context, request.FeeId, purpose, fee.AmountCents, fee.LegalBasis),
                    new Dictionary<string, string> { ["amount_cents"] = fee.AmountCents.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            }, cancellationToken);
    }
}
