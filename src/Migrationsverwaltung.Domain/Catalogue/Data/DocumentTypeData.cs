using static Migrationsverwaltung.Domain.Catalogue.DocumentCodes;

namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>The document types with the German names applicants read in letters. One list serves every published version so far.</summary>
internal static class DocumentTypeData
{
    public static IReadOnlyList<DocumentType> All { get; } =
    [
        new(Pass, "Gültiger Pass oder Passersatz", "Reiseausweis für Flüchtlinge zählt als Passersatz."),
        new(Lichtbild, "Aktuelles biometrisches Lichtbild"),
        new(Meldebescheinigung, "Meldebescheinigung", "Zeigt die Zuständigkeit der Behörde (Wohnsitz)."),
        new(AktuellesAufenthaltsdokument, "Bisheriger Aufenthaltstitel oder bisherige Bescheinigung", "Aufenthaltstitel, Duldung, Aufenthaltsgestattung oder Fiktionsbescheinigung."),
        new(Krankenversicherung, "Nachweis über ausreichenden Krankenversicherungsschutz"),
        new(Lebensunterhalt, "Nachweis der Sicherung des Lebensunterhalts", "Gehaltsabrechnungen, Kontoauszüge, Sperrkonto, Stipendium oder Verpflichtungserklärung."),
        new(Wohnraum, "Nachweis über ausreichenden Wohnraum (Mietvertrag, Wohnungsgeberbestätigung)"),
        new(Rentenversicherungsverlauf, "Versicherungsverlauf der Deutschen Rentenversicherung", "NE § 9: 60 Monate Pflichtbeiträge; § 18c: 36 Monate; Blaue Karte: 27 bzw. 21 Monate."),
        new(Arbeitsvertrag, "Arbeitsvertrag oder verbindliches Arbeitsplatzangebot"),
        new(ErklaerungBeschaeftigungsverhaeltnis, "Erklärung zum Beschäftigungsverhältnis (Formular der Bundesagentur für Arbeit)", "Vom Arbeitgeber ausgefüllt; Grundlage der Zustimmung nach § 39 AufenthG."),
        new(Ausbildungsvertrag, "Ausbildungsvertrag oder Bestätigung der Berufsschule"),
        new(ZulassungHochschule, "Zulassungsbescheid der Hochschule", "§ 16b AufenthG; bei Studienkolleg die Zulassung dort."),
        new(AnerkennungQualifikation, "Anerkennungs- oder Vergleichbarkeitsnachweis der ausländischen Qualifikation", "Bescheid der Anerkennungsstelle, ZAB-Zeugnisbewertung oder anabin-Auszug; bei § 16d der Bescheid mit den festgestellten Unterschieden."),
        new(AufnahmevereinbarungForschung, "Aufnahmevereinbarung mit der anerkannten Forschungseinrichtung"),
        new(Unternehmensnachweise, "Geschäftskonzept, Finanzierungsnachweis und Gewerbeanmeldung", "Bei der Niederlassungserlaubnis nach § 21 Abs. 4: Nachweis der erfolgreichen Tätigkeit (z. B. Steuerbescheide)."),
        new(IctAbordnung, "Nachweis der Konzernzugehörigkeit und Abordnungsschreiben"),
        new(IctTitelAndererMitgliedstaat, "ICT-Karte eines anderen EU-Mitgliedstaats"),
        new(Heiratsurkunde, "Heiratsurkunde (ggf. mit Legalisation oder Apostille und Übersetzung)"),
        new(Geburtsurkunde, "Geburtsurkunde (ggf. mit Legalisation oder Apostille und Übersetzung)"),
        new(Personenstandsurkunde, "Heirats- oder Geburtsurkunde, je nach Verwandtschaftsverhältnis", "Für Titel, die Ehegatten, Kinder und Eltern umfassen."),
        new(BezugspersonNachweis, "Pass, Aufenthaltstitel oder Statusnachweis der Bezugsperson"),
        new(SprachnachweisA1, "Nachweis einfacher Deutschkenntnisse (A1)", "§ 30 Abs. 1 Satz 1 Nr. 2 AufenthG; Ausnahmen in § 30 Abs. 1 Satz 3."),
        new(SprachnachweisA2, "Nachweis hinreichender Deutschkenntnisse (A2)"),
        new(SprachnachweisB1, "Nachweis ausreichender Deutschkenntnisse (B1)", "Z. B. Zertifikat Deutsch-Test für Zuwanderer B1."),
        new(LebenInDeutschland, "Nachweis von Grundkenntnissen der Rechts- und Gesellschaftsordnung (Test „Leben in Deutschland“)"),
        new(SchulAusbildungsnachweis, "Schul-, Ausbildungs- oder Studiennachweis"),
        new(BamfBescheid, "Bescheid des Bundesamts für Migration und Flüchtlinge über den Schutzstatus"),
        new(Aufnahmezusage, "Aufnahmezusage oder Aufnahmeerklärung (Bundesinnenministerium, BAMF oder Land)"),
        new(NachweisSchutz24, "Nachweis der Zugehörigkeit zum nach § 24 AufenthG begünstigten Personenkreis"),
        new(DaueraufenthaltAndererMitgliedstaat, "Rechtsstellung eines langfristig Aufenthaltsberechtigten in einem anderen EU-Mitgliedstaat"),
        new(FruehereDeutscheStaatsangehoerigkeit, "Nachweis der früheren deutschen Staatsangehörigkeit"),
        new(FruehererAufenthalt, "Nachweis über früheren rechtmäßigen Aufenthalt und Schulbesuch in Deutschland"),
        new(FreizuegigkeitUnionsbuerger, "Nachweis des Freizügigkeitsrechts der Unionsbürgerin oder des Unionsbürgers"),
        new(IdentitaetVerpflichtungsgeber, "Personalausweis, Pass oder Aufenthaltstitel der verpflichteten Person"),
        new(Einkommensnachweis, "Einkommensnachweise der verpflichteten Person (in der Regel der letzten sechs Monate)"),
        new(AngabenEingeladenePerson, "Passdaten und Anschrift der eingeladenen Person"),
    ];
}
