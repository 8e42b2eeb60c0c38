using static Migrationsverwaltung.Domain.Catalogue.BaConsentRequirement;
using static Migrationsverwaltung.Domain.Catalogue.DocumentCodes;

namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>Cases the office handles that are not residence titles under § 4(1) AufenthG.</summary>
internal static class NonTitleCases
{
    public static IEnumerable<TitleDefinition> With(FeeTable fees) =>
    [
        NonTitle("FIKTIONSBESCHEINIGUNG_81_5", "Fiktionsbescheinigung", "§ 81 Abs. 5 AufenthG", NotRequired, 3, FeeRules.Fiktionsbescheinigung(fees),
            Pass, Lichtbild, AktuellesAufenthaltsdokument) with
        {
            Note = "Gilt bis zur Entscheidung; die Behörde setzt ein eigenes Ablaufdatum und verlängert, solange der Antrag offen ist.",
        },
        NonTitle("VERPFLICHTUNGSERKLAERUNG_68", "Verpflichtungserklärung", "§ 68 AufenthG", NotRequired, null, FeeRules.Verpflichtungserklaerung(fees),
            IdentitaetVerpflichtungsgeber, Einkommensnachweis, Wohnraum, AngabenEingeladenePerson),
        NonTitle("DULDUNG_60A", "Bescheinigung über die Aussetzung der Abschiebung (Duldung)", "§ 60a AufenthG", Depends, 3, FeeRules.Duldung(fees),
            Lichtbild, AktuellesAufenthaltsdokument) with
        {
            Note = "BA-Zustimmung nur, wenn zugleich eine Beschäftigungserlaubnis beantragt wird. Gebühr: 58 Euro als Klebeetikett im Pass, 62 Euro mit Trägervordruck.",
        },
        NonTitle("AUFENTHALTSGESTATTUNG_55_ASYLG", "Bescheinigung über die Aufenthaltsgestattung", "§ 55 AsylG", Depends, 6, FeeRules.Aufenthaltsgestattung(fees),
            Lichtbild, AktuellesAufenthaltsdokument) with
        {
            Note = "BA-Zustimmung nur für eine Beschäftigungserlaubnis; längstens sechs Monate nach Auszug aus der Aufnahmeeinrichtung (§ 63 AsylG).",
        },
        NonTitle("AUFENTHALTSKARTE_FREIZUEGG", "Aufenthaltskarte für Familienangehörige von Unionsbürgern", "§ 5 Abs. 1 FreizügG/EU", NotRequired, 60,
            FeeRules.Aufenthaltskarte(fees), Pass, Lichtbild, Meldebescheinigung, Personenstandsurkunde, FreizuegigkeitUnionsbuerger) with
        {
            IssuesEat = true,
            Note = "Bescheinigt ein Recht aus dem Unionsrecht, ist kein Aufenthaltstitel; Gebühr in Höhe der Personalausweisgebühr.",
        },
    ];

    private static TitleDefinition NonTitle(string code, string name, string basis, BaConsentRequirement ba, int? months, FeeRule fees, params string[] documents) => new()
    {
        Code = code,
        GermanName = name,
        LegalBasis = basis,
        Category = TitleCategory.NonTitle,
        IsResidenceTitle = false,
        BaConsent = ba,
        DefaultValidityMonths = months,
        IssuesEat = false,
        Fees = fees,
        RequiredDocuments = [.. documents],
    };
}
