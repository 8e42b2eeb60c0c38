using static Migrationsverwaltung.Domain.Catalogue.BaConsentRequirement;
using static Migrationsverwaltung.Domain.Catalogue.DocumentCodes;
using static Migrationsverwaltung.Domain.Catalogue.TitleRow;

namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>Special residence rights, §§ 37–38a AufenthG.</summary>
internal static class SpecialTitles
{
    public static IEnumerable<TitleDefinition> With(FeeTable fees) =>
    [
        Special("AE_37", "Aufenthaltserlaubnis bei Recht auf Wiederkehr", "§ 37 AufenthG", fees, FruehererAufenthalt, Lebensunterhalt),
        Special("AE_38", "Aufenthaltserlaubnis für ehemalige Deutsche", "§ 38 AufenthG", fees, FruehereDeutscheStaatsangehoerigkeit),
        Special("AE_38A", "Aufenthaltserlaubnis für in anderen EU-Mitgliedstaaten langfristig Aufenthaltsberechtigte", "§ 38a AufenthG", fees,
            DaueraufenthaltAndererMitgliedstaat, Lebensunterhalt, Krankenversicherung) with
        {
            BaConsent = Depends,
            Note = "Für eine Beschäftigung kann die Zustimmung der BA nötig sein (§ 38a AufenthG).",
        },
    ];

    private static TitleDefinition Special(string code, string name, string basis, FeeTable fees, params string[] specific) =>
        Title(code, name, basis, TitleCategory.Special, NotRequired, 12, FeeRules.Aufenthaltserlaubnis(fees),
            [Pass, Lichtbild, Meldebescheinigung, .. specific]);
}
