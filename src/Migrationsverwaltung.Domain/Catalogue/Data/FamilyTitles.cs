using static Migrationsverwaltung.Domain.Catalogue.BaConsentRequirement;
using static Migrationsverwaltung.Domain.Catalogue.DocumentCodes;
using static Migrationsverwaltung.Domain.Catalogue.TitleRow;

namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// Family reunion, §§ 27–36a AufenthG: one code per provision that grants the title. § 27 (general rules) and
/// § 29 (reunion to foreigners: housing, livelihood) are requirements, not titles: their papers appear in the
/// checklists of §§ 30, 32 and 36. §§ 31, 33–34 (independent right of spouses, children born here) are left for
/// a later version. A family title may not outlast the sponsor's title (§ 27(4)); the office sets it per case.
/// </summary>
internal static class FamilyTitles
{
    private static readonly string[] ReunionToForeigner = [BezugspersonNachweis, Wohnraum, Lebensunterhalt, Krankenversicherung];

    public static IEnumerable<TitleDefinition> With(FeeTable fees) =>
    [
        Family("AE_28", "Aufenthaltserlaubnis zum Familiennachzug zu Deutschen", "§ 28 Abs. 1 AufenthG", 36, fees,
            Personenstandsurkunde, BezugspersonNachweis) with
        {
            Note = "Ehegatten brauchen zusätzlich einfache Deutschkenntnisse (A1) wie nach § 30 Abs. 1 Satz 1 Nr. 2.",
        },
        Family("AE_30", "Aufenthaltserlaubnis zum Ehegattennachzug", "§ 30 AufenthG", 12, fees,
            [Heiratsurkunde, SprachnachweisA1, .. ReunionToForeigner]),
        Family("AE_32", "Aufenthaltserlaubnis zum Kindernachzug", "§ 32 AufenthG", 12, fees,
            [Geburtsurkunde, .. ReunionToForeigner]),
        Family("AE_36", "Aufenthaltserlaubnis zum Nachzug der Eltern und sonstiger Familienangehöriger", "§ 36 AufenthG", 12, fees,
            [Personenstandsurkunde, .. ReunionToForeigner]),
        Family("AE_36A", "Aufenthaltserlaubnis zum Familiennachzug zu subsidiär Schutzberechtigten", "§ 36a AufenthG", 12, fees,
            Personenstandsurkunde, BezugspersonNachweis) with
        {
            Note = "Neuer Nachzug bis zum Ablauf des 23.07.2027 ausgesetzt (§ 104 Abs. 14 AufenthG), Härtefälle über §§ 22, 23; "
                + "der Code bleibt für Verlängerungen bereits erteilter Titel.",
        },
    ];

    private static TitleDefinition Family(string code, string name, string basis, int months, FeeTable fees, params string[] specific) =>
        Title(code, name, basis, TitleCategory.Family, NotRequired, months, FeeRules.Aufenthaltserlaubnis(fees),
            [Pass, Lichtbild, Meldebescheinigung, .. specific]);
}
