using System.Xml.Linq;
using Migrationsverwaltung.Xdomea.Model;
using Migrationsverwaltung.Xdomea.Reading;
using Migrationsverwaltung.Xdomea.Schema;
using Migrationsverwaltung.Xdomea.Writing;
using static Migrationsverwaltung.Xdomea.Writing.Xml;

namespace Migrationsverwaltung.Xdomea;

/// <summary>
/// Aussonderung (xdomea 3.0.0, messages 05xx): files due are offered to the public archive (0501), the archive
/// evaluates them (0502, we confirm with 0505), the files to archive are handed over (0503) and the archive
/// confirms receipt (0507) and import (0506). One ProzessID runs through the whole exchange. See docs/xdomea.md.
/// </summary>
public static class Aussonderung
{
    /// <summary>
    /// Writes Aussonderung.Anbieteverzeichnis.0501 (ZIP with the XML only): each file's metadata for the
    /// evaluation: ids, numbers, titles, running time, retention and cases. No primary files, no person data.
    /// </summary>
    public static Task WriteAnbieteverzeichnisAsync(IReadOnlyList<AkteExport> akten, Nachrichtenkopf kopf, Stream zip, CancellationToken ct)
    {
        MindestensEine(akten);
        var schriftgut = new SchriftgutXml();
        var nachricht = new XDocument(E(Nachrichtentyp.Anbieteverzeichnis.Element,
            KopfXml.Basis(kopf, Nachrichtentyp.Anbieteverzeichnis, E("Empfangsbestaetigung", Bool(kopf.EmpfangsbestaetigungErwuenscht))),
            akten.Select(a => E("Schriftgutobjekt", schriftgut.Akte(a, mitDokumenten: false)))));
        return PaketWriter.WriteAsync(nachricht, Nachrichtentyp.Anbieteverzeichnis, kopf.ProzessId, [], zip, ct);
    }

    /// <summary>
    /// Reads the archive's Aussonderung.Bewertungsverzeichnis.0502 (ZIP or bare XML): archive (A) or destroy (V)
    /// per offered object. Throws <see cref="XdomeaFormatException"/> when malformed, schema-invalid, or when an
    /// object carries no decision we can act on (B, or a free-text Aussonderungsart).
    /// </summary>
    public static async Task<Bewertungsverzeichnis> ReadBewertungsverzeichnisAsync(Stream nachricht, CancellationToken ct)
    {
        await using var paket = await EmpfangenesPaket.OeffneAsync(nachricht, Nachrichtentyp.Bewertungsverzeichnis, XdomeaLimits.Standard, ct);
        var bewertungen = paket.Nachricht.Root!.Kinder("BewertetesObjekt").Select(Bewertung).ToList();
        var doppelt = bewertungen.GroupBy(b => b.SchriftgutobjektId).FirstOrDefault(g => g.Count() > 1);
        if (doppelt is not null)
        {
            throw new XdomeaFormatException($"Das Objekt {doppelt.Key} ist im Bewertungsverzeichnis mehrfach bewertet.");
        }

        return new Bewertungsverzeichnis(
            KopfLeser.Lies(paket.Nachricht), KopfLeser.Flag(paket.Nachricht, "Empfangsbestaetigung"), bewertungen);
    }

    /// <summary>Writes Aussonderung.BewertungEmpfangBestaetigen.0505: we received the archive's 0502.</summary>
    public static Task WriteBewertungEmpfangBestaetigenAsync(Nachrichtenkopf kopf, Stream zip, CancellationToken ct) =>
        Quittungen.WriteEmpfangAsync(Nachrichtentyp.BewertungEmpfangBestaetigen, kopf, zip, ct);

    /// <summary>
    /// Writes Aussonderung.Aussonderung.0503 as a ZIP: the files to archive, complete with cases, documents,
    /// protocol and primary files (hashed on the way in, as for 0401). Asks for the import confirmation (0506),
    /// for a receipt (0507) if <see cref="Nachrichtenkopf.EmpfangsbestaetigungErwuenscht"/>, and for the
    /// archive's signatures if <paramref name="archivkennungErwuenscht"/>.
    /// </summary>
    public static async Task WriteAussonderungAsync(
        IReadOnlyList<AkteExport> akten, Nachrichtenkopf kopf, bool archivkennungErwuenscht, Stream zip, CancellationToken ct)
    {
        MindestensEine(akten);
        var schriftgut = new SchriftgutXml();
        var nachricht = new XDocument(E(Nachrichtentyp.Aussonderung.Element,
            KopfXml.Basis(kopf, Nachrichtentyp.Aussonderung,
                E("Importbestaetigung", Bool(true)),
                E("RueckmeldungArchivkennung", Bool(archivkennungErwuenscht)),
                E("Empfangsbestaetigung", Bool(kopf.EmpfangsbestaetigungErwuenscht))),
            akten.Select(a => E("Schriftgutobjekt", schriftgut.Akte(a, mitDokumenten: true)))));
        await PaketWriter.WriteAsync(nachricht, Nachrichtentyp.Aussonderung, kopf.ProzessId, schriftgut.Dateien, zip, ct);
    }

    /// <summary>Reads Aussonderung.AnbietungEmpfangBestaetigen.0504: the archive received our 0501.</summary>
    public static Task<Empfangsbestaetigung> ReadAnbietungEmpfangBestaetigungAsync(Stream nachricht, CancellationToken ct) =>
        Quittungen.ReadEmpfangAsync(Nachrichtentyp.AnbietungEmpfangBestaetigen, nachricht, ct);

    /// <summary>Reads Aussonderung.AussonderungEmpfangBestaetigen.0507: the archive received our 0503.</summary>
    public static Task<Empfangsbestaetigung> ReadAussonderungEmpfangBestaetigungAsync(Stream nachricht, CancellationToken ct) =>
        Quittungen.ReadEmpfangAsync(Nachrichtentyp.AussonderungEmpfangBestaetigen, nachricht, ct);

    /// <summary>
    /// Reads Aussonderung.AussonderungImportBestaetigen.0506: per handed-over object whether the archive took it
    /// (only then may the file be deleted here), its error messages, and its Archivkennung if asked for.
    /// </summary>
    public static Task<Importbestaetigung> ReadAussonderungImportBestaetigungAsync(Stream nachricht, CancellationToken ct) =>
        Quittungen.ReadImportAsync(Nachrichtentyp.AussonderungImportBestaetigen, "AusgesondertesSGO", nachricht, ct);

    private static Bewertung Bewertung(XElement objekt)
    {
        var id = Guid.Parse(objekt.Text("ID")!);
        var art = objekt.Kind("Aussonderungsart")!;
        var code = art.Code("Aussonderungsart");
        return Codelisten.Aussonderungsart(code ?? "") is { } a and not Model.Aussonderungsart.Bewerten
            ? new Bewertung(id, a)
            : throw new XdomeaFormatException(
                $"Für das Objekt {id} enthält das Bewertungsverzeichnis keine verwertbare Entscheidung "
                + $"(erwartet A = archivieren oder V = vernichten, erhalten: \"{code ?? art.Text("AussonderungsartKonfigurierbar")}\").");
    }

    private static void MindestensEine(IReadOnlyList<AkteExport> akten)
    {
        if (akten.Count == 0) throw new ArgumentException("Mindestens eine Akte ist nötig.", nameof(akten));
    }
}
