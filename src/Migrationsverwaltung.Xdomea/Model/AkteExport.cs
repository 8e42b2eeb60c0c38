namespace Migrationsverwaltung.Xdomea.Model;

/// <summary>
/// A person's file (xdomea Akte) as it leaves or enters the office: its cases, the documents collected once
/// for all of them (the Laufmappe), retention data and the history protocol. Neutral: no database types.
/// </summary>
/// <param name="Id">The file's UUID (Identifikation/ID); the receiving system stores it as the external id.</param>
/// <param name="Aktenzeichen">The file number (AllgemeineMetadaten/Kennzeichen).</param>
/// <param name="Betreff">The file's title (AllgemeineMetadaten/Betreff).</param>
/// <param name="Person">Whom the file is about (Kontakt); left out of the offer list 0501.</param>
/// <param name="Vertraulichkeit">The file's confidentiality (Vertraulichkeitsstufe).</param>
/// <param name="Eroeffnet">When the file was opened (Laufzeit/Beginn).</param>
/// <param name="Geschlossen">The closing date (zdA): ZdA, ZdADatum and Laufzeit/Ende; null while open.</param>
/// <param name="Aufbewahrung">Retention class, period, disposal type (ArchivspezifischeMetadaten).</param>
/// <param name="Vorgaenge">The cases (Akteninhalt/Vorgang).</param>
/// <param name="Dokumente">Every document of the file once (Akteninhalt/Dokument); cases point at them.</param>
/// <param name="Protokoll">The file's history protocol (HistorienProtokollInformation).</param>
public sealed record AkteExport(
    Guid Id,
    string Aktenzeichen,
    string Betreff,
    PersonAngaben? Person,
    Vertraulichkeitsstufe Vertraulichkeit,
    DateOnly? Eroeffnet,
    DateOnly? Geschlossen,
    Aufbewahrung Aufbewahrung,
    IReadOnlyList<VorgangExport> Vorgaenge,
    IReadOnlyList<DokumentExport> Dokumente,
    IReadOnlyList<ProtokollEintrag> Protokoll);

/// <summary>The person a file is about (Kontakt: Name, Geburt). Personal data: never log it.</summary>
public sealed record PersonAngaben(string Familienname, string Vorname, DateOnly? Geburtsdatum);

/// <summary>Retention of a file (xdomea MetadatenAussonderung).</summary>
/// <param name="Klasse">Our retention class, e.g. "AufenthV §68 (10 Jahre)"; carried as an application field.</param>
/// <param name="Jahre">Years to keep after closing (Aufbewahrungsdauer/AnzahlJahre); null means unlimited (Unbefristet).</param>
/// <param name="Aussonderungsart">What happens when the period ends (Aussonderungsart, code list A/B/V).</param>
/// <param name="Aufbewahrungsende">The day the period ends (Aufbewahrungsende), if known.</param>
public sealed record Aufbewahrung(string Klasse, int? Jahre, Aussonderungsart Aussonderungsart, DateOnly? Aufbewahrungsende);

/// <summary>Disposal type, code list urn:xoev-de:xdomea:codeliste:aussonderungsart 1.0.</summary>
public enum Aussonderungsart
{
    /// <summary>A: archivwürdig, hand over to the archive.</summary>
    Archivieren,
    /// <summary>B: zum Bewerten, the archive decides.</summary>
    Bewerten,
    /// <summary>V: vernichten.</summary>
    Vernichten,
}

/// <summary>Confidentiality, code list urn:xoev-de:xdomea:codeliste:vertraulichkeitsstufe 1.0.</summary>
public enum Vertraulichkeitsstufe
{
    /// <summary>003 Offen.</summary>
    Offen,
    /// <summary>002 NfD (nur für den Dienstgebrauch).</summary>
    NurFuerDenDienstgebrauch,
    /// <summary>005 Vertraulich.</summary>
    Vertraulich,
    /// <summary>001 Geheim.</summary>
    Geheim,
    /// <summary>004 Streng geheim.</summary>
    StrengGeheim,
}
