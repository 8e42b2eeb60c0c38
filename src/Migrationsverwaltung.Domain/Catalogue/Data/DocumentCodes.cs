namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// The stable document codes. Title data refers to these constants so a typo fails to compile; cases and letters
/// store the string. A code is never reused for a different paper.
/// </summary>
public static class DocumentCodes
{
    // Every application
    public const string Pass = "PASS";
    public const string Lichtbild = "LICHTBILD";
    public const string Meldebescheinigung = "MELDEBESCHEINIGUNG";
    public const string AktuellesAufenthaltsdokument = "AKTUELLES_AUFENTHALTSDOKUMENT";

    // Livelihood and housing
    public const string Krankenversicherung = "KRANKENVERSICHERUNG";
    public const string Lebensunterhalt = "LEBENSUNTERHALT";
    public const string Wohnraum = "WOHNRAUM";
    public const string Rentenversicherungsverlauf = "RENTENVERSICHERUNGSVERLAUF";

    // Work, study, training
    public const string Arbeitsvertrag = "ARBEITSVERTRAG";
    public const string ErklaerungBeschaeftigungsverhaeltnis = "ERKLAERUNG_BESCHAEFTIGUNGSVERHAELTNIS";
    public const string Ausbildungsvertrag = "AUSBILDUNGSVERTRAG";
    public const string ZulassungHochschule = "ZULASSUNG_HOCHSCHULE";
    public const string AnerkennungQualifikation = "ANERKENNUNG_QUALIFIKATION";
    public const string AufnahmevereinbarungForschung = "AUFNAHMEVEREINBARUNG_FORSCHUNG";
    public const string Unternehmensnachweise = "UNTERNEHMENSNACHWEISE";
    public const string IctAbordnung = "ICT_ABORDNUNG";
    public const string IctTitelAndererMitgliedstaat = "ICT_TITEL_ANDERER_MITGLIEDSTAAT";

    // Family
    public const string Heiratsurkunde = "HEIRATSURKUNDE";
    public const string Geburtsurkunde = "GEBURTSURKUNDE";
    public const string Personenstandsurkunde = "PERSONENSTANDSURKUNDE";
    public const string BezugspersonNachweis = "BEZUGSPERSON_NACHWEIS";

    // Integration
    public const string SprachnachweisA1 = "SPRACHNACHWEIS_A1";
    public const string SprachnachweisA2 = "SPRACHNACHWEIS_A2";
    public const string SprachnachweisB1 = "SPRACHNACHWEIS_B1";
    public const string LebenInDeutschland = "LEBEN_IN_DEUTSCHLAND";
    public const string SchulAusbildungsnachweis = "SCHUL_AUSBILDUNGSNACHWEIS";

    // Protection and special rights
    public const string BamfBescheid = "BAMF_BESCHEID";
    public const string Aufnahmezusage = "AUFNAHMEZUSAGE";
    public const string NachweisSchutz24 = "NACHWEIS_SCHUTZ_24";
    public const string DaueraufenthaltAndererMitgliedstaat = "DAUERAUFENTHALT_EU_ANDERER_STAAT";
    public const string FruehereDeutscheStaatsangehoerigkeit = "FRUEHERE_DEUTSCHE_STAATSANGEHOERIGKEIT";
    public const string FruehererAufenthalt = "FRUEHERER_AUFENTHALT";
    public const string FreizuegigkeitUnionsbuerger = "FREIZUEGIGKEIT_UNIONSBUERGER";

    // Verpflichtungserklärung (§ 68): papers of the person who gives it
    public const string IdentitaetVerpflichtungsgeber = "IDENTITAET_VERPFLICHTUNGSGEBER";
    public const string Einkommensnachweis = "EINKOMMENSNACHWEIS";
    public const string AngabenEingeladenePerson = "ANGABEN_EINGELADENE_PERSON";
}
