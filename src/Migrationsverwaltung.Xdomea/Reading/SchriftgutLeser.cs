using System.Globalization;
using System.Xml.Linq;
using Migrationsverwaltung.Xdomea.Model;
using Migrationsverwaltung.Xdomea.Schema;
using Migrationsverwaltung.Xdomea.Writing;

namespace Migrationsverwaltung.Xdomea.Reading;

/// <summary>
/// Maps a received Akte back onto the model. Documents may sit in the file or, as other systems write them,
/// in a case; both end up once in the file's documents, the case keeping their ids. Structures the model
/// cannot hold (sub-files, sub-cases, attachments) are refused rather than dropped silently.
/// </summary>
/// <param name="paket">The package holding the primary files.</param>
/// <param name="gemessen">Size and SHA-256 of every primary file named in the message, measured in the package.</param>
internal sealed class SchriftgutLeser(EmpfangenesPaket paket, IReadOnlyDictionary<string, (long Laenge, string Sha256)> gemessen)
{
    private readonly List<DokumentExport> dokumente = [];

    public AkteExport Akte(XElement akte)
    {
        var inhalt = akte.Kind("Akteninhalt");
        if (inhalt?.Kind("Teilakte") is not null) throw Nicht("Teilakten");
        foreach (var dokument in inhalt?.Kinder("Dokument") ?? []) dokumente.Add(Dokument(dokument));
        var vorgaenge = (inhalt?.Kinder("Vorgang") ?? []).Select(Vorgang).ToList();
        var archiv = akte.Kind("ArchivspezifischeMetadaten");
        var allgemein = akte.Kind("AllgemeineMetadaten");
        return new AkteExport(
            akte.Id(),
            allgemein?.Text("Kennzeichen") ?? "",
            allgemein?.Text("Betreff") ?? "",
            Person(akte.Kinder("Kontakt").FirstOrDefault(k => k.Kind("Name") is not null)),
            Vertraulichkeit(allgemein),
            akte.Kind("Laufzeit")?.Datum("Beginn"),
            akte.Datum("ZdADatum") ?? akte.Kind("Laufzeit")?.Datum("Ende"),
            Aufbewahrung(archiv, Feld(akte.Kinder("AnwendungsspezifischeErweiterung"), SchriftgutXml.FeldAufbewahrungsklasse)),
            vorgaenge,
            dokumente.ToList(),
            Protokoll(akte));
    }

    private VorgangExport Vorgang(XElement vorgang)
    {
        if (vorgang.Kind("Teilvorgang") is not null) throw Nicht("Teilvorgänge");
        var eigene = vorgang.Kinder("Dokument").Select(Dokument).ToList();
        dokumente.AddRange(eigene);
        var verwiesen = vorgang.Kinder("Verweis")
            .Where(v => v.Code("SGOTyp") == "002" && v.Text("ID") is not null)
            .Select(v => Guid.Parse(v.Text("ID")!));
        var allgemein = vorgang.Kind("AllgemeineMetadaten");
        return new VorgangExport(
            vorgang.Id(),
            allgemein?.Text("Kennzeichen") ?? "",
            allgemein?.Text("Betreff") ?? "",
            vorgang.Text("Typ"),
            vorgang.Kind("Laufzeit")?.Datum("Beginn"),
            vorgang.Datum("ZdADatum") ?? vorgang.Kind("Laufzeit")?.Datum("Ende"),
            eigene.Select(d => d.Id).Concat(verwiesen).ToList(),
            Protokoll(vorgang));
    }

    private DokumentExport Dokument(XElement dokument)
    {
        if (dokument.Kind("Anlage") is not null) throw Nicht("Anlagen zu Dokumenten");
        var erweiterungen = dokument.Kinder("AnwendungsspezifischeErweiterung").ToList();
        var versionen = dokument.Kinder("Version").Select((v, i) => Version(v, i, erweiterungen)).ToList();
        return new DokumentExport(
            dokument.Id(),
            dokument.Kind("AllgemeineMetadaten")?.Text("Betreff") ?? "",
            dokument.Text("Typ") ?? "",
            dokument.Datum("Posteingangsdatum"),
            Feld(erweiterungen, SchriftgutXml.FeldEingangskanal),
            Vertraulichkeit(dokument.Kind("AllgemeineMetadaten")),
            versionen,
            Protokoll(dokument));
    }

    private DokumentVersion Version(XElement version, int index, IReadOnlyList<XElement> erweiterungen)
    {
        // Further formats of a version are renditions of the same content; the first one is the original.
        var format = version.Kind("Format")!;
        var primaer = format.Kind("Primaerdokument")!;
        var name = primaer.Text("Dateiname")!;
        var gruppe = erweiterungen
            .Where(e => e.Text("Kennung") == SchriftgutXml.ErweiterungKennung)
            .SelectMany(e => e.Kinder("Feldgruppe"))
            .FirstOrDefault(g => g.Text("Name") == name);
        var (laenge, sha256) = gemessen[name];
        var angegebenerHash = Feld(gruppe, SchriftgutXml.FeldSha256);
        if (angegebenerHash is not null && !angegebenerHash.Equals(sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new XdomeaFormatException(
                $"Die Prüfsumme der Primärdatei \"{name}\" stimmt nicht: angegeben SHA-256 {angegebenerHash}, berechnet {sha256}.");
        }

        var angegebeneGroesse = Feld(gruppe, SchriftgutXml.FeldGroesse);
        if (angegebeneGroesse is not null && angegebeneGroesse != laenge.ToString(CultureInfo.InvariantCulture))
        {
            throw new XdomeaFormatException(
                $"Die Größe der Primärdatei \"{name}\" stimmt nicht: angegeben {angegebeneGroesse} Bytes, enthalten {laenge} Bytes.");
        }

        var datei = new Primaerdatei(
            primaer.Text("DateinameOriginal") ?? name,
            Feld(gruppe, SchriftgutXml.FeldMimeType) ?? Codelisten.MimeType(format.Code("Name")!, format.Text("SonstigerName")),
            sha256,
            laenge,
            primaer.Text("DatumUhrzeit") is null ? null : primaer.Zeitpunkt("DatumUhrzeit"),
            _ => Task.FromResult(paket.OeffneDatei(name)));
        var nummer = int.TryParse(version.Text("Nummer"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : index + 1;
        return new DokumentVersion(nummer, datei);
    }

    private static Aufbewahrung Aufbewahrung(XElement? archiv, string? klasse)
    {
        var dauer = archiv?.Kind("Aufbewahrungsdauer");
        var jahre = dauer?.Text("AnzahlJahre") is { } j ? int.Parse(j, CultureInfo.InvariantCulture) : (int?)null;
        var art = archiv?.Kind("Aussonderungsart")?.Code("Aussonderungsart") is { } code
            ? Codelisten.Aussonderungsart(code) ?? Model.Aussonderungsart.Bewerten
            : Model.Aussonderungsart.Bewerten;
        return new Aufbewahrung(klasse ?? "", jahre, art, archiv?.Datum("Aufbewahrungsende"));
    }

    private static PersonAngaben? Person(XElement? kontakt)
    {
        if (kontakt is null) return null;
        var name = kontakt.Kind("Name")!;
        return new PersonAngaben(
            name.Kind("Familienname")?.Text("Name") ?? "",
            name.Kind("Vorname")?.Text("Name") ?? "",
            kontakt.Kind("Geburt")?.Datum("Datum"));
    }

    private static Vertraulichkeitsstufe Vertraulichkeit(XElement? allgemein) =>
        allgemein?.Code("Vertraulichkeitsstufe") is { } code
            ? Codelisten.Vertraulichkeit(code) ?? throw new XdomeaFormatException($"Unbekannte Vertraulichkeitsstufe \"{code}\".")
            : Vertraulichkeitsstufe.Offen;

    private static List<ProtokollEintrag> Protokoll(XElement objekt) =>
        objekt.Kinder("HistorienProtokollInformation")
            .Select(h => new ProtokollEintrag(h.Zeitpunkt("DatumUhrzeit"), h.Text("Akteur")!, h.Text("Aktion")!, h.Text("Bemerkung")))
            .ToList();

    private static string? Feld(IEnumerable<XElement> erweiterungen, string name) =>
        erweiterungen.Where(e => e.Text("Kennung") == SchriftgutXml.ErweiterungKennung)
            .Select(e => Feld(e, name))
            .FirstOrDefault(w => w is not null);

    private static string? Feld(XElement? behaelter, string name) =>
        behaelter?.Kinder("Feld").FirstOrDefault(f => f.Text("Name") == name)?.Text("Wert");

    private static XdomeaFormatException Nicht(string was) =>
        new($"{was} werden beim Import nicht unterstützt; bitte die Akte ohne sie abgeben.");
}
