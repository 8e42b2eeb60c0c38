using static Migrationsverwaltung.Domain.Catalogue.BaConsentRequirement;
using static Migrationsverwaltung.Domain.Catalogue.DocumentCodes;
using static Migrationsverwaltung.Domain.Catalogue.TitleRow;

namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// Niederlassungserlaubnis (§ 9 and the special routes) and Erlaubnis zum Daueraufenthalt-EU (§ 9a): no expiry,
/// so no default validity; the card itself still expires and is renewed as a <see cref="FeeKind.NewCard"/>.
/// </summary>
internal static class PermanentTitles
{
    // § 9(2) sentence 1: livelihood, 60 months of pension contributions, B1, "Leben in Deutschland", housing.
    private static readonly string[] NinePlusTwo = [Lebensunterhalt, Rentenversicherungsverlauf, SprachnachweisB1, LebenInDeutschland, Wohnraum];

    public static IEnumerable<TitleDefinition> With(FeeTable fees) =>
    [
        Permanent("NE_9", "Niederlassungserlaubnis", "§ 9 AufenthG", FeeRules.Niederlassungserlaubnis(fees), NinePlusTwo),
        Permanent("NE_18C", "Niederlassungserlaubnis für Fachkräfte und Inhaber einer Blauen Karte EU", "§ 18c Abs. 1 und 2 AufenthG",
            FeeRules.Niederlassungserlaubnis(fees), [Arbeitsvertrag, .. NinePlusTwo]) with
        {
            Note = "Fachkräfte nach drei Jahren (36 Monate Rentenbeiträge); Blaue Karte nach 27 Monaten (A1) oder 21 Monaten (B1).",
        },
        Permanent("NE_18C_3", "Niederlassungserlaubnis für hoch qualifizierte Fachkräfte", "§ 18c Abs. 3 AufenthG",
            FeeRules.NiederlassungserlaubnisHighlyQualified(fees), Arbeitsvertrag, Lebensunterhalt, Krankenversicherung),
        Permanent("NE_21_4", "Niederlassungserlaubnis für Selbständige", "§ 21 Abs. 4 AufenthG",
            FeeRules.NiederlassungserlaubnisSelfEmployed(fees), Unternehmensnachweise, Lebensunterhalt),
        Permanent("NE_26_3", "Niederlassungserlaubnis für Asylberechtigte und anerkannte Flüchtlinge", "§ 26 Abs. 3 AufenthG",
            FeeRules.Niederlassungserlaubnis(fees), BamfBescheid, Lebensunterhalt, SprachnachweisA2, LebenInDeutschland, Wohnraum) with
        {
            Note = "Regelfall nach fünf Jahren mit A2; nach drei Jahren mit C1 (§ 26 Abs. 3 Satz 3).",
        },
        Permanent("NE_26_4", "Niederlassungserlaubnis aus humanitären Gründen", "§ 26 Abs. 4 AufenthG",
            FeeRules.Niederlassungserlaubnis(fees), NinePlusTwo),
        Permanent("NE_28_2", "Niederlassungserlaubnis für Familienangehörige Deutscher", "§ 28 Abs. 2 AufenthG",
            FeeRules.Niederlassungserlaubnis(fees), Personenstandsurkunde, BezugspersonNachweis, SprachnachweisB1),
        Permanent("NE_35", "Niederlassungserlaubnis für Kinder", "§ 35 AufenthG",
            FeeRules.NiederlassungserlaubnisForChildren(fees), AktuellesAufenthaltsdokument, SchulAusbildungsnachweis) with
        {
            Note = "Für Minderjährige 55 Euro statt der Hälfte (§ 50 Abs. 1 Satz 2 AufenthV).",
        },
        Permanent("DAUERAUFENTHALT_EU_9A", "Erlaubnis zum Daueraufenthalt-EU", "§ 9a AufenthG",
            FeeRules.DaueraufenthaltEu(fees), [Krankenversicherung, .. NinePlusTwo]),
    ];

    private static TitleDefinition Permanent(string code, string name, string basis, FeeRule fees, params string[] specific) =>
        Title(code, name, basis, TitleCategory.Permanent, NotRequired, null, fees, [Pass, Lichtbild, Meldebescheinigung, .. specific]);
}
