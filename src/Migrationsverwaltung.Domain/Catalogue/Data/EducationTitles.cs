using static Migrationsverwaltung.Domain.Catalogue.BaConsentRequirement;
using static Migrationsverwaltung.Domain.Catalogue.DocumentCodes;
using static Migrationsverwaltung.Domain.Catalogue.TitleRow;

namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>Aufenthaltserlaubnis for education, §§ 16a–17 AufenthG.</summary>
internal static class EducationTitles
{
    public static IEnumerable<TitleDefinition> With(FeeTable fees) =>
    [
        Title("AE_16A", "Aufenthaltserlaubnis zur Berufsausbildung und beruflichen Weiterbildung", "§ 16a AufenthG",
            TitleCategory.Education, Depends, 24, FeeRules.Aufenthaltserlaubnis(fees, fastTrack: true),
            Pass, Lichtbild, Meldebescheinigung, Krankenversicherung, Lebensunterhalt, Ausbildungsvertrag, ErklaerungBeschaeftigungsverhaeltnis) with
        {
            Note = "BA-Zustimmung bei betrieblicher Ausbildung, nicht bei rein schulischer Ausbildung.",
        },
        Title("AE_16B", "Aufenthaltserlaubnis zum Studium", "§ 16b AufenthG",
            TitleCategory.Education, NotRequired, 24, FeeRules.Aufenthaltserlaubnis(fees),
            Pass, Lichtbild, Meldebescheinigung, Krankenversicherung, Lebensunterhalt, ZulassungHochschule) with
        {
            Note = "Studentische Beschäftigung ist kraft Gesetzes erlaubt; Geltungsdauer mindestens ein, höchstens zwei Jahre.",
        },
        Title("AE_16D", "Aufenthaltserlaubnis für Maßnahmen zur Anerkennung ausländischer Berufsqualifikationen", "§ 16d AufenthG",
            TitleCategory.Education, Depends, 24, FeeRules.Aufenthaltserlaubnis(fees, fastTrack: true),
            Pass, Lichtbild, Meldebescheinigung, Krankenversicherung, Lebensunterhalt, AnerkennungQualifikation, SprachnachweisA2,
            ErklaerungBeschaeftigungsverhaeltnis) with
        {
            Note = "BA-Zustimmung, wenn eine Beschäftigung im Zusammenhang mit der Anerkennung ausgeübt wird.",
        },
        Title("AE_17", "Aufenthaltserlaubnis zur Suche nach einem Ausbildungs- oder Studienplatz", "§ 17 AufenthG",
            TitleCategory.Education, NotRequired, 9, FeeRules.Aufenthaltserlaubnis(fees),
            Pass, Lichtbild, Meldebescheinigung, Krankenversicherung, Lebensunterhalt),
    ];
}
