using static Migrationsverwaltung.Domain.Catalogue.BaConsentRequirement;
using static Migrationsverwaltung.Domain.Catalogue.DocumentCodes;
using static Migrationsverwaltung.Domain.Catalogue.TitleRow;

namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>Employment: Aufenthaltserlaubnis §§ 18a–21, Blaue Karte EU § 18g, ICT-Karte § 19, Mobiler-ICT-Karte § 19b.</summary>
internal static class EmploymentTitles
{
    // What the BA needs to decide on consent (§ 39 AufenthG) wherever it may take part.
    private static readonly string[] Job = [Arbeitsvertrag, ErklaerungBeschaeftigungsverhaeltnis];

    public static IEnumerable<TitleDefinition> With(FeeTable fees) =>
    [
        Title("AE_18A", "Aufenthaltserlaubnis für Fachkräfte mit Berufsausbildung", "§ 18a AufenthG",
            TitleCategory.Employment, Required, 48, FeeRules.Aufenthaltserlaubnis(fees, fastTrack: true),
            [Pass, Lichtbild, Meldebescheinigung, Krankenversicherung, .. Job, AnerkennungQualifikation]),
        Title("AE_18B", "Aufenthaltserlaubnis für Fachkräfte mit akademischer Ausbildung", "§ 18b AufenthG",
            TitleCategory.Employment, Required, 48, FeeRules.Aufenthaltserlaubnis(fees, fastTrack: true),
            [Pass, Lichtbild, Meldebescheinigung, Krankenversicherung, .. Job, AnerkennungQualifikation]),
        Title("AE_18D", "Aufenthaltserlaubnis zum Zweck der Forschung", "§ 18d AufenthG",
            TitleCategory.Employment, NotRequired, 24, FeeRules.Aufenthaltserlaubnis(fees, fastTrack: true),
            Pass, Lichtbild, Meldebescheinigung, Krankenversicherung, Lebensunterhalt, AufnahmevereinbarungForschung) with
        {
            Note = "Forschende brauchen keine BA-Zustimmung; die Aufnahmevereinbarung ersetzt den Arbeitsvertrag.",
        },
        Title("AE_19C", "Aufenthaltserlaubnis für sonstige Beschäftigungszwecke", "§ 19c AufenthG",
            TitleCategory.Employment, Depends, 24, FeeRules.Aufenthaltserlaubnis(fees, fastTrack: true),
            [Pass, Lichtbild, Meldebescheinigung, Krankenversicherung, .. Job]) with
        {
            Note = "Ob die BA zustimmen muss, regelt die Beschäftigungsverordnung je nach Tätigkeit.",
        },
        Title("AE_20", "Aufenthaltserlaubnis zur Arbeitsplatzsuche für Fachkräfte", "§ 20 AufenthG",
            TitleCategory.Employment, NotRequired, 6, FeeRules.Aufenthaltserlaubnis(fees),
            Pass, Lichtbild, Meldebescheinigung, Krankenversicherung, Lebensunterhalt, AnerkennungQualifikation) with
        {
            Note = "Standard 6 Monate; nach einem Abschluss in Deutschland bis zu 18 Monate (Einzelfall).",
        },
        Title("AE_20A", "Chancenkarte zur Arbeitsuche", "§ 20a AufenthG",
            TitleCategory.Employment, NotRequired, 12, FeeRules.Aufenthaltserlaubnis(fees),
            Pass, Lichtbild, Meldebescheinigung, Krankenversicherung, Lebensunterhalt, AnerkennungQualifikation),
        Title("AE_21", "Aufenthaltserlaubnis zur Ausübung einer selbständigen Tätigkeit", "§ 21 AufenthG",
            TitleCategory.Employment, NotRequired, 36, FeeRules.Aufenthaltserlaubnis(fees),
            Pass, Lichtbild, Meldebescheinigung, Krankenversicherung, Unternehmensnachweise),
        Title("BLAUE_KARTE_18G", "Blaue Karte EU", "§ 18g AufenthG",
            TitleCategory.EuBlueCard, Depends, 48, FeeRules.BlueCardOrIctCard(fees, fastTrack: true),
            [Pass, Lichtbild, Meldebescheinigung, Krankenversicherung, .. Job, AnerkennungQualifikation]) with
        {
            ShortenedBaFiction = true,
            Note = "BA-Zustimmung nur bei der niedrigeren Gehaltsschwelle (Engpassberufe, Berufsanfänger); Zustimmungsfiktion nach einer Woche.",
        },
        Title("ICT_KARTE_19", "ICT-Karte für unternehmensintern transferierte Arbeitnehmer", "§ 19 AufenthG",
            TitleCategory.Ict, Required, 36, FeeRules.BlueCardOrIctCard(fees),
            [Pass, Lichtbild, Meldebescheinigung, Krankenversicherung, .. Job, IctAbordnung]) with
        {
            Note = "Führungskräfte und Spezialisten höchstens drei Jahre, Trainees höchstens ein Jahr.",
        },
        Title("MOBILER_ICT_KARTE_19B", "Mobiler-ICT-Karte", "§ 19b AufenthG",
            TitleCategory.Ict, Depends, 12, FeeRules.MobileIctCard(fees),
            [Pass, Lichtbild, Meldebescheinigung, Krankenversicherung, .. Job, IctAbordnung, IctTitelAndererMitgliedstaat]),
    ];
}
