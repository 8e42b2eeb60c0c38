namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// Computes the fee for one act from the title's <see cref="FeeRule"/> (of the catalogue version the case was
/// submitted under). Order: base amount; the personal ground (§ 52 exemption or § 52a replacement) or else
/// the minors' half (§ 50); then the express surcharge. Equity waivers (§ 53) are the caseworker's decision
/// and are recorded on the case, not computed here.
/// </summary>
public static class FeeCalculator
{
    public static FeeAssessment Calculate(TitleDefinition title, FeeRequest request)
    {
        var rule = title.Fees;
        if (!rule.Items.TryGetValue(request.Kind, out var item))
        {
            throw new ArgumentException(
                $"Für {title.GermanName} ({title.Code}) ist die Gebührenart {request.Kind} nicht vorgesehen.", nameof(request));
        }
        CheckAge(request);

        var adjustments = new List<FeeAdjustment>();
        var amount = rule.ChargedAtIdCardRate
            ? AtIdCardRate(title, request, item, adjustments)
            : WithPersonalRelief(title, request, item, adjustments);

        if (request.ExpressProduction)
        {
            var surcharge = ExpressSurchargeFor(title, request.Kind);
            adjustments.Add(new FeeAdjustment("Zuschlag für Expressherstellung des eAT", surcharge.LegalBasis, surcharge.Cents));
            amount += surcharge.Cents;
        }
        return new FeeAssessment(amount, item.LegalBasis, adjustments);
    }

    private static long WithPersonalRelief(TitleDefinition title, FeeRequest request, FeeItem item, List<FeeAdjustment> adjustments)
    {
        var rule = title.Fees;
        // §§ 52 and 52a speak of the fees for residence titles (§§ 44–45c); certificates and § 81a stay as they are.
        var titleFee = rule.UnderAufenthVReliefs && title.IsResidenceTitle && request.Kind.ProducesCard();
        switch (request.Exemption)
        {
            case FeeExemption.RecognisedRefugee or FeeExemption.ScholarshipHolder when titleFee:
                var (ground, basis) = request.Exemption == FeeExemption.RecognisedRefugee
                    ? ("Befreiung: Schutzberechtigte (Asyl, Flüchtlingseigenschaft, subsidiärer Schutz, Resettlement)", "§ 52 Abs. 3 AufenthV")
                    : ("Befreiung: Stipendium aus öffentlichen Mitteln", "§ 52 AufenthV");
                adjustments.Add(new FeeAdjustment(ground, basis, -item.Cents));
                return 0;
            case FeeExemption.TurkishAssociationLaw when titleFee:
                var age = request.AgeAtApplication!.Value;
                var idCardAmount = rule.IdCardFee.For(age);
                adjustments.Add(new FeeAdjustment(
                    $"Assoziationsrecht EU–Türkei: Gebühr wie für einen Personalausweis ({(age < 24 ? "unter 24 Jahren" : "ab 24 Jahren")}; {rule.IdCardFee.Source})",
                    "§ 52a AufenthV", idCardAmount - item.Cents));
                return idCardAmount;
            case not FeeExemption.None:
                adjustments.Add(NotCovered(request.Exemption));
                break;
        }
        return request.ApplicantIsMinor && rule.UnderAufenthVReliefs ? ForMinor(rule, request.Kind, item, adjustments) : item.Cents;
    }

    private static long ForMinor(FeeRule rule, FeeKind kind, FeeItem item, List<FeeAdjustment> adjustments)
    {
        if (kind == FeeKind.Issue && rule.MinorIssue is { } fixedAmount)
        {
            adjustments.Add(new FeeAdjustment("Minderjährige: fester Betrag", fixedAmount.LegalBasis, fixedAmount.Cents - item.Cents));
            return fixedAmount.Cents;
        }
        // Every amount in the schedule is whole euros, so the half is exact in cents.
        var half = item.Cents / 2;
        adjustments.Add(new FeeAdjustment("Minderjährige: Hälfte der Gebühr", "§ 50 Abs. 1 AufenthV", half - item.Cents));
        return half;
    }

    private static long AtIdCardRate(TitleDefinition title, FeeRequest request, FeeItem item, List<FeeAdjustment> adjustments)
    {
        var age = request.AgeAtApplication ?? throw new ArgumentException(
            $"Die Gebühr für {title.GermanName} richtet sich nach dem Alter bei Antragstellung (unter 24 Jahren ermäßigt); bitte das Alter angeben.",
            nameof(request));
        if (request.Exemption != FeeExemption.None)
        {
            adjustments.Add(NotCovered(request.Exemption));
        }
        if (age >= 24)
        {
            return item.Cents;
        }
        var under24 = title.Fees.IdCardFee.Under24Cents;
        adjustments.Add(new FeeAdjustment($"Antragsteller unter 24 Jahren ({title.Fees.IdCardFee.Source})", item.LegalBasis, under24 - item.Cents));
        return under24;
    }

    // Recorded with no change, so the notice shows the ground was considered and why it did not apply.
    private static FeeAdjustment NotCovered(FeeExemption exemption) => new(
        "Der angegebene Befreiungsgrund erfasst diese Gebühr nicht; ggf. Billigkeitsentscheidung (§ 53 AufenthV)",
        exemption == FeeExemption.TurkishAssociationLaw ? "§ 52a AufenthV" : "§ 52 AufenthV", 0);

    private static FeeItem ExpressSurchargeFor(TitleDefinition title, FeeKind kind) =>
        title.Fees.ExpressSurcharge is { } surcharge && kind.ProducesCard()
            ? surcharge
            : throw new ArgumentException(
                $"Expressherstellung gibt es nur, wenn ein eAT hergestellt wird; nicht für {title.GermanName} ({kind}).", nameof(kind));

    private static void CheckAge(FeeRequest request)
    {
        if (request.AgeAtApplication is { } age)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(age, nameof(request.AgeAtApplication));
            if (age < 18 != request.ApplicantIsMinor)
            {
                throw new ArgumentException("Alter und Minderjährigkeit widersprechen sich.", nameof(request));
            }
        }
        if (request.Exemption == FeeExemption.TurkishAssociationLaw && request.AgeAtApplication is null)
        {
            throw new ArgumentException(
                "Für die Gebühr nach § 52a AufenthV wird das Alter bei Antragstellung gebraucht (unter 24 Jahren ermäßigt).", nameof(request));
        }
    }
}
