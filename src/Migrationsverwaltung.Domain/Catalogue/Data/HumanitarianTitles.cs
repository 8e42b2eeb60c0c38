using static Migrationsverwaltung.Domain.Catalogue.BaConsentRequirement;
using static Migrationsverwaltung.Domain.Catalogue.DocumentCodes;
using static Migrationsverwaltung.Domain.Catalogue.TitleRow;

namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// Humanitarian Aufenthaltserlaubnis, §§ 22–25b AufenthG. None needs the BA's consent to be issued. Validities
/// follow § 26(1): at most three years; subsidiary protection one year at first; § 25(3) at least one year;
/// § 25(5) six months while the stay has lasted less than 18 months.
/// </summary>
internal static class HumanitarianTitles
{
    public static IEnumerable<TitleDefinition> With(FeeTable fees) =>
    [
        Humanitarian("AE_22", "Aufenthaltserlaubnis bei Aufnahme aus dem Ausland", "§ 22 AufenthG", 36, fees, Aufnahmezusage),
        Humanitarian("AE_23", "Aufenthaltserlaubnis bei Aufnahme durch oberste Landesbehörden oder Bundesinnenministerium", "§ 23 AufenthG", 36, fees, Aufnahmezusage),
        Humanitarian("AE_24", "Aufenthaltserlaubnis zum vorübergehenden Schutz", "§ 24 AufenthG", 12, fees, NachweisSchutz24) with
        {
            Note = "Die Geltungsdauer folgt dem Beschluss des Rates der EU; 12 Monate sind der Vorschlag, nicht die Obergrenze.",
        },
        Humanitarian("AE_25_1", "Aufenthaltserlaubnis für Asylberechtigte", "§ 25 Abs. 1 AufenthG", 36, fees, BamfBescheid),
        Humanitarian("AE_25_2_FLUECHTLING", "Aufenthaltserlaubnis für anerkannte Flüchtlinge", "§ 25 Abs. 2 Satz 1 Alt. 1 AufenthG", 36, fees, BamfBescheid),
        Humanitarian("AE_25_2_SUBSIDIAER", "Aufenthaltserlaubnis für subsidiär Schutzberechtigte", "§ 25 Abs. 2 Satz 1 Alt. 2 AufenthG", 12, fees, BamfBescheid) with
        {
            Note = "Erstmals ein Jahr, Verlängerung um jeweils zwei Jahre (§ 26 Abs. 1 AufenthG).",
        },
        Humanitarian("AE_25_3", "Aufenthaltserlaubnis bei Abschiebungsverbot", "§ 25 Abs. 3 AufenthG", 12, fees, BamfBescheid),
        Humanitarian("AE_25_5", "Aufenthaltserlaubnis bei unmöglicher Ausreise", "§ 25 Abs. 5 AufenthG", 6, fees, AktuellesAufenthaltsdokument),
        Humanitarian("AE_25A", "Aufenthaltserlaubnis für gut integrierte Jugendliche und junge Volljährige", "§ 25a AufenthG", 36, fees,
            SchulAusbildungsnachweis, AktuellesAufenthaltsdokument),
        Humanitarian("AE_25B", "Aufenthaltserlaubnis bei nachhaltiger Integration", "§ 25b AufenthG", 36, fees,
            Lebensunterhalt, SprachnachweisA2, AktuellesAufenthaltsdokument),
    ];

    private static TitleDefinition Humanitarian(string code, string name, string basis, int months, FeeTable fees, params string[] specific) =>
        Title(code, name, basis, TitleCategory.Humanitarian, NotRequired, months, FeeRules.Aufenthaltserlaubnis(fees),
            [Pass, Lichtbild, Meldebescheinigung, .. specific]);
}
