namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// The result of <see cref="FeeCalculator.Calculate"/>: what to charge, under which provision, and every step
/// that changed the amount, so the fee notice and the audit can show how it came about.
/// Named "assessment" (Gebührenfestsetzung) because the case's own charged fee is <c>Cases.Fee</c>.
/// </summary>
public sealed record FeeAssessment(long AmountCents, string LegalBasis, IReadOnlyList<FeeAdjustment> Adjustments)
{
    public decimal Euros => AmountCents / 100m;

    public override string ToString() => $"{Euros:0.00} EUR ({LegalBasis})";
}

/// <summary>One reduction, exemption or surcharge; <see cref="ChangeCents"/> is negative for a reduction.</summary>
public sealed record FeeAdjustment(string Description, string LegalBasis, long ChangeCents);
