using System.Collections.Immutable;

namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>Builds each title family's <see cref="FeeRule"/> from a version's <see cref="FeeTable"/>, with the provision per line.</summary>
internal static class FeeRules
{
    public static FeeRule Aufenthaltserlaubnis(FeeTable t, bool fastTrack = false) => Card(t, fastTrack,
        (FeeKind.Issue, new(t.AufenthaltserlaubnisIssueCents, "§ 45 Nr. 1 AufenthV")),
        (FeeKind.ExtensionUpTo3Months, new(t.ExtensionUpTo3MonthsCents, "§ 45 Nr. 2 Buchst. a AufenthV")),
        (FeeKind.ExtensionOver3Months, new(t.ExtensionOver3MonthsCents, "§ 45 Nr. 2 Buchst. b AufenthV")),
        (FeeKind.ChangeOfPurpose, new(t.ChangeOfPurposeCents, "§ 45 Nr. 3 AufenthV")));

    /// <summary>§ 45 Nr. 3 (change of purpose) names only the Aufenthaltserlaubnis; a move into these titles is a new issue.</summary>
    public static FeeRule BlueCardOrIctCard(FeeTable t, bool fastTrack = false) => Card(t, fastTrack,
        (FeeKind.Issue, new(t.AufenthaltserlaubnisIssueCents, "§ 45 Nr. 1 AufenthV")),
        (FeeKind.ExtensionUpTo3Months, new(t.ExtensionUpTo3MonthsCents, "§ 45 Nr. 2 Buchst. a AufenthV")),
        (FeeKind.ExtensionOver3Months, new(t.ExtensionOver3MonthsCents, "§ 45 Nr. 2 Buchst. b AufenthV")));

    /// <summary>§ 45 Nr. 5 charges every extension of a Mobiler-ICT-Karte the same, whatever its length.</summary>
    public static FeeRule MobileIctCard(FeeTable t) => Card(t, fastTrack: false,
        (FeeKind.Issue, new(t.MobileIctIssueCents, "§ 45 Nr. 4 AufenthV")),
        (FeeKind.ExtensionUpTo3Months, new(t.MobileIctExtensionCents, "§ 45 Nr. 5 AufenthV")),
        (FeeKind.ExtensionOver3Months, new(t.MobileIctExtensionCents, "§ 45 Nr. 5 AufenthV")));

    public static FeeRule Niederlassungserlaubnis(FeeTable t) =>
        Card(t, false, (FeeKind.Issue, new(t.NiederlassungserlaubnisCents, "§ 44 Nr. 3 AufenthV")));

    public static FeeRule NiederlassungserlaubnisHighlyQualified(FeeTable t) =>
        Card(t, fastTrack: true, (FeeKind.Issue, new(t.NiederlassungserlaubnisHighlyQualifiedCents, "§ 44 Nr. 1 AufenthV")));

    public static FeeRule NiederlassungserlaubnisSelfEmployed(FeeTable t) =>
        Card(t, false, (FeeKind.Issue, new(t.NiederlassungserlaubnisSelfEmployedCents, "§ 44 Nr. 2 AufenthV")));

    /// <summary>NE § 35 is mostly issued to minors, for whom § 50(1) sentence 2 fixes the amount instead of halving it.</summary>
    public static FeeRule NiederlassungserlaubnisForChildren(FeeTable t) => Niederlassungserlaubnis(t) with
    {
        MinorIssue = new(t.NiederlassungserlaubnisChildMinorCents, "§ 50 Abs. 1 Satz 2 AufenthV"),
    };

    public static FeeRule DaueraufenthaltEu(FeeTable t) =>
        Card(t, false, (FeeKind.Issue, new(t.DaueraufenthaltEuCents, "§ 44a AufenthV")));

    public static FeeRule Fiktionsbescheinigung(FeeTable t) =>
        Paper(t, (FeeKind.Issue, new(t.FiktionsbescheinigungCents, "§ 47 Abs. 1 Nr. 8 AufenthV")));

    public static FeeRule Verpflichtungserklaerung(FeeTable t) =>
        Paper(t, (FeeKind.Issue, new(t.VerpflichtungserklaerungCents, "§ 47 Abs. 1 Nr. 12 AufenthV")));

    public static FeeRule Duldung(FeeTable t) => Paper(t,
        (FeeKind.Issue, new(t.DuldungLabelCents, "§ 47 Abs. 1 Nr. 5 Buchst. a AufenthV (nur Klebeetikett)")),
        (FeeKind.IssueOnCarrierForm, new(t.DuldungCarrierFormCents, "§ 47 Abs. 1 Nr. 5 Buchst. b AufenthV (mit Trägervordruck)")),
        (FeeKind.Renewal, new(t.DuldungRenewalLabelCents, "§ 47 Abs. 1 Nr. 6 Buchst. a AufenthV (nur Klebeetikett)")),
        (FeeKind.RenewalOnCarrierForm, new(t.DuldungRenewalCarrierFormCents, "§ 47 Abs. 1 Nr. 6 Buchst. b AufenthV (mit Trägervordruck)")));

    /// <summary>The AufenthV has no fee line for the Aufenthaltsgestattung certificate (§ 63 AsylG): it is free.</summary>
    public static FeeRule Aufenthaltsgestattung(FeeTable t) =>
        Paper(t, (FeeKind.Issue, new(0, "gebührenfrei (keine Gebühr für die Bescheinigung nach § 63 AsylG)"))) with { UnderAufenthVReliefs = false };

    /// <summary>The Aufenthaltskarte costs what a Personalausweis costs, by age; § 50 does not halve it.</summary>
    public static FeeRule Aufenthaltskarte(FeeTable t) => new()
    {
        Items = ImmutableSortedDictionary.CreateRange([KeyValuePair.Create(FeeKind.Issue, new FeeItem(t.IdCard.Cents, "§ 47 Abs. 3 AufenthV"))]),
        IdCardFee = t.IdCard,
        ExpressSurcharge = Express(t),
        UnderAufenthVReliefs = false,
        ChargedAtIdCardRate = true,
    };

    private static FeeRule Card(FeeTable t, bool fastTrack, params (FeeKind Kind, FeeItem Item)[] lines)
    {
        IEnumerable<(FeeKind Kind, FeeItem Item)> all = [.. lines, (FeeKind.NewCard, new(t.NewCardCents, "§ 45c Abs. 1 AufenthV"))];
        if (fastTrack)
        {
            all = all.Append((FeeKind.FastTrack81a, new(t.FastTrackCents, "§ 47 Abs. 1 Nr. 15 AufenthV")));
        }
        return Paper(t, [.. all]) with { ExpressSurcharge = Express(t) };
    }

    private static FeeRule Paper(FeeTable t, params (FeeKind Kind, FeeItem Item)[] lines) => new()
    {
        Items = ImmutableSortedDictionary.CreateRange(lines.Select(l => KeyValuePair.Create(l.Kind, l.Item))),
        IdCardFee = t.IdCard,
    };

    // The surcharge is in DOMAIN.md's fee list; its AufenthV number was not verified, so the basis says so.
    private static FeeItem Express(FeeTable t) =>
        new(t.ExpressSurchargeCents, "§§ 44 ff. AufenthV, Zuschlag Expressherstellung (Fundstelle ungeprüft)");
}
