using System.Xml.Linq;
using Migrationsverwaltung.Xdomea.Model;
using Migrationsverwaltung.Xdomea.Schema;
using static Migrationsverwaltung.Xdomea.Writing.Xml;

namespace Migrationsverwaltung.Xdomea.Writing;

/// <summary>A primary file as it goes into a package, under its UUID name.</summary>
internal sealed record PaketDatei(string Name, Primaerdatei Datei);

/// <summary>
/// Maps the model onto Akte, Vorgang and Dokument. Every document sits once in the file's Akteninhalt;
/// cases point at theirs with a Verweis (ADR 0008). Media type, size and SHA-256 travel as an
/// AnwendungsspezifischeErweiterung of the document, because xdomea 3.0.0 has no elements for them.
/// </summary>
internal sealed class SchriftgutXml
{
    public const string AkteTyp = "Ausländerakte";
    public const string ErweiterungKennung = "urn:migrationsverwaltung:xdomea:erweiterung:1";
    public const string ErweiterungName = "Migrationsverwaltung";
    public const string FeldAufbewahrungsklasse = "Aufbewahrungsklasse";
    public const string FeldEingangskanal = "Eingangskanal";
    public const string FeldMimeType = "MIME-Typ";
    public const string FeldSha256 = "SHA-256";
    public const string FeldGroesse = "Größe";

    private readonly List<PaketDatei> dateien = [];

    /// <summary>The primary files the written documents name, in order.</summary>
    public IReadOnlyList<PaketDatei> Dateien => dateien;

    /// <summary>A file with its cases and, if <paramref name="mitDokumenten"/>, its documents and person.</summary>
    public XElement Akte(AkteExport akte, bool mitDokumenten) =>
        E("Akte",
            E("Identifikation", E("ID", akte.Id.ToString("D"))),
            AllgemeineMetadaten(akte.Betreff, akte.Aktenzeichen, akte.Vertraulichkeit),
            Archivspezifisch(akte.Aufbewahrung),
            E("Typ", AkteTyp),
            Laufzeit(akte.Eroeffnet, akte.Geschlossen),
            mitDokumenten ? akte.Protokoll.Select(Protokoll) : null,
            Akteninhalt(akte, mitDokumenten),
            mitDokumenten && akte.Person is { } p ? Person(p) : null,
            akte.Geschlossen is { } zu ? new[] { E("ZdA", Bool(true)), E("ZdADatum", Date(zu)) } : null,
            Erweiterung(null, Feld(FeldAufbewahrungsklasse, "038", akte.Aufbewahrung.Klasse)));

    private XElement? Akteninhalt(AkteExport akte, bool mitDokumenten)
    {
        var dokumente = mitDokumenten ? akte.Dokumente.Select((d, i) => Dokument(d, i + 1)).ToList() : [];
        var vorgaenge = akte.Vorgaenge.Select(v => Vorgang(v, mitDokumenten)).ToList();
        return dokumente.Count + vorgaenge.Count == 0 ? null : E("Akteninhalt", dokumente, vorgaenge);
    }

    private static XElement Vorgang(VorgangExport vorgang, bool mitVerweisen) =>
        E("Vorgang",
            E("Identifikation", E("ID", vorgang.Id.ToString("D"))),
            E("AllgemeineMetadaten", E("Betreff", vorgang.Betreff), E("Kennzeichen", vorgang.Kennzeichen), Medium()),
            Optional("Typ", vorgang.Typ),
            vorgang.Abgeschlossen is { } zu ? new[] { E("ZdA", Bool(true)), E("ZdADatum", Date(zu)) } : null,
            Laufzeit(vorgang.Beginn, vorgang.Abgeschlossen),
            mitVerweisen ? vorgang.Protokoll.Select(Protokoll) : null,
            mitVerweisen
                ? vorgang.DokumentIds.Select(id => E("Verweis",
                    E("ID", id.ToString("D")),
                    Code("SGOTyp", "002", Codelisten.SchriftgutobjekttypUri, "1.0", "Dokument")))
                : null);

    private XElement Dokument(DokumentExport dokument, int nummer)
    {
        var versionen = new List<XElement>();
        var gruppen = new List<XElement>();
        foreach (var version in dokument.Versionen)
        {
            var datei = version.Datei;
            var name = $"{Guid.NewGuid():D}.{Codelisten.Endung(datei.MimeType)}";
            dateien.Add(new PaketDatei(name, datei));
            var format = Codelisten.Dateiformat(datei.MimeType);
            versionen.Add(E("Version",
                E("Nummer", version.Nummer.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                E("Format",
                    Code("Name", format, null, Codelisten.DateiformatVersion),
                    format == Codelisten.DateiformatSonstiges ? E("SonstigerName", datei.MimeType) : null,
                    E("Version", ""),
                    E("Primaerdokument",
                        E("Dateiname", name),
                        E("DateinameOriginal", datei.Dateiname),
                        datei.Erstellt is { } t ? E("DatumUhrzeit", Xml.DateTime(t)) : null))));
            gruppen.Add(E("Feldgruppe",
                E("Name", name),
                E("Beschreibung", $"Primärdatei der Version {version.Nummer}"),
                Feld(FeldMimeType, "038", datei.MimeType),
                Feld(FeldSha256, "018", datei.Sha256.ToLowerInvariant()),
                Feld(FeldGroesse, "043", datei.Groesse.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return E("Dokument",
            E("Identifikation", E("ID", dokument.Id.ToString("D")), E("NummerImUebergeordnetenContainer", nummer)),
            AllgemeineMetadaten(dokument.Titel, null, dokument.Vertraulichkeit),
            Optional("Posteingangsdatum", dokument.Eingangsdatum),
            E("Typ", dokument.Dokumenttyp),
            dokument.Protokoll.Select(Protokoll),
            versionen,
            Erweiterung(gruppen, dokument.Eingangskanal is { } k ? Feld(FeldEingangskanal, "038", k) : null));
    }

    private static XElement AllgemeineMetadaten(string betreff, string? kennzeichen, Vertraulichkeitsstufe stufe) =>
        E("AllgemeineMetadaten",
            E("Betreff", betreff),
            Optional("Kennzeichen", kennzeichen),
            Code("Vertraulichkeitsstufe", Codelisten.Code(stufe), Codelisten.VertraulichkeitUri, "1.0"),
            Medium());

    private static XElement Medium() => Code("Medium", "001", Codelisten.MediumUri, "1.0");

    private static XElement Archivspezifisch(Aufbewahrung aufbewahrung) =>
        E("ArchivspezifischeMetadaten",
            E("Aufbewahrungsdauer", aufbewahrung.Jahre is { } jahre ? E("AnzahlJahre", jahre) : E("Unbefristet", Bool(true))),
            E("Aussonderungsart",
                Code("Aussonderungsart", Codelisten.Code(aufbewahrung.Aussonderungsart), Codelisten.AussonderungsartUri, "1.0")),
            Optional("Aufbewahrungsende", aufbewahrung.Aufbewahrungsende));

    private static XElement? Laufzeit(DateOnly? beginn, DateOnly? ende) =>
        beginn is null && ende is null ? null : E("Laufzeit", Optional("Beginn", beginn), Optional("Ende", ende));

    private static XElement Person(PersonAngaben person) =>
        E("Kontakt",
            E("Name", E("Familienname", E("Name", person.Familienname)), E("Vorname", E("Name", person.Vorname))),
            person.Geburtsdatum is { } geboren ? E("Geburt", E("Datum", Date(geboren))) : null);

    public static XElement Protokoll(ProtokollEintrag eintrag) =>
        E("HistorienProtokollInformation",
            E("Akteur", eintrag.Akteur),
            E("DatumUhrzeit", Xml.DateTime(eintrag.Zeitpunkt)),
            Optional("Bemerkung", eintrag.Grund),
            E("Aktion", eintrag.Aktion));

    private static XElement Erweiterung(IEnumerable<XElement>? gruppen, params XElement?[] felder) =>
        E("AnwendungsspezifischeErweiterung",
            E("Kennung", ErweiterungKennung),
            E("Name", ErweiterungName),
            E("Versionsnummer", "1"),
            gruppen,
            felder);

    private static XElement Feld(string name, string datentyp, string wert) =>
        E("Feld", E("Name", name), Code("Datentyp", datentyp, Codelisten.DatentypUri, "1.1"), E("Wert", wert));
}
