using System.Xml.Linq;
using Migrationsverwaltung.Xdomea.Model;
using Migrationsverwaltung.Xdomea.Reading;
using Migrationsverwaltung.Xdomea.Schema;
using Migrationsverwaltung.Xdomea.Writing;
using static Migrationsverwaltung.Xdomea.Writing.Xml;

namespace Migrationsverwaltung.Xdomea;

/// <summary>
/// Abgabe (xdomea 3.0.0, messages 04xx): a person's file handed to another authority when the person moves,
/// and taken over from one. See docs/xdomea.md.
/// </summary>
public static class XdomeaAbgabe
{
    /// <summary>
    /// Writes Abgabe.Abgabe.0401 as a ZIP to <paramref name="zip"/>: "{ProzessID}_Abgabe.Abgabe.0401.xml" and
    /// the primary files, read through their callbacks one after the other. Throws
    /// <see cref="InvalidOperationException"/> if the message breaks the schema or a file's content does not
    /// match its declared size and SHA-256 (then the output is incomplete and must be discarded).
    /// </summary>
    public static async Task WriteAsync(AkteExport akte, Nachrichtenkopf kopf, Stream zip, CancellationToken ct)
    {
        var schriftgut = new SchriftgutXml();
        var nachricht = new XDocument(E(Nachrichtentyp.Abgabe.Element,
            KopfXml.Basis(kopf, Nachrichtentyp.Abgabe,
                E("Importbestaetigung", Bool(true)),
                E("Empfangsbestaetigung", Bool(kopf.EmpfangsbestaetigungErwuenscht))),
            E("Schriftgutobjekt", schriftgut.Akte(akte, mitDokumenten: true))));
        await PaketWriter.WriteAsync(nachricht, Nachrichtentyp.Abgabe, kopf.ProzessId, schriftgut.Dateien, zip, ct);
    }

    /// <summary>
    /// Reads an Abgabe.Abgabe.0401 package. Throws <see cref="XdomeaFormatException"/> (German message) when the
    /// ZIP is unsafe or over the limits, the message is malformed or schema-invalid, it holds other than exactly
    /// one Akte, or a primary file is missing or does not match its declared size and SHA-256. A stream that
    /// cannot seek is first copied to a temporary file.
    /// </summary>
    public static async Task<AbgabePaket> ReadAsync(Stream zip, CancellationToken ct, XdomeaLimits? limits = null)
    {
        var paket = await EmpfangenesPaket.OeffneAsync(zip, Nachrichtentyp.Abgabe, limits ?? XdomeaLimits.Standard, ct);
        try
        {
            var objekte = paket.Nachricht.Root!.Kinder("Schriftgutobjekt").Select(s => s.Elements().Single()).ToList();
            if (objekte.Count != 1 || objekte[0].Name.LocalName != "Akte")
            {
                throw new XdomeaFormatException("Eine Abgabe muss genau eine Akte enthalten (keine einzelnen Vorgänge oder Dokumente).");
            }

            var gemessen = await PrimaerdateienMessen.MessenAsync(paket, ct);
            var akte = new SchriftgutLeser(paket, gemessen).Akte(objekte[0]);
            return new AbgabePaket(paket, KopfLeser.Lies(paket.Nachricht), KopfLeser.Flag(paket.Nachricht, "Empfangsbestaetigung"), akte);
        }
        catch
        {
            await paket.DisposeAsync();
            throw;
        }
    }

    /// <summary>Writes Abgabe.EmpfangBestaetigen.0403 (we received a 0401), same ProzessID as the 0401.</summary>
    public static Task WriteEmpfangBestaetigenAsync(Nachrichtenkopf kopf, Stream zip, CancellationToken ct) =>
        Quittungen.WriteEmpfangAsync(Nachrichtentyp.AbgabeEmpfangBestaetigen, kopf, zip, ct);

    /// <summary>Writes Abgabe.ImportBestaetigen.0402 (our import result per object of a 0401).</summary>
    public static Task WriteImportBestaetigenAsync(Nachrichtenkopf kopf, IReadOnlyList<ImportErgebnis> ergebnisse, Stream zip, CancellationToken ct) =>
        Quittungen.WriteImportAsync(Nachrichtentyp.AbgabeImportBestaetigen, "AbgegebenesObjekt", kopf, ergebnisse, zip, ct);

    /// <summary>Reads Abgabe.EmpfangBestaetigen.0403 from the office we handed a file to.</summary>
    public static Task<Empfangsbestaetigung> ReadEmpfangBestaetigungAsync(Stream nachricht, CancellationToken ct) =>
        Quittungen.ReadEmpfangAsync(Nachrichtentyp.AbgabeEmpfangBestaetigen, nachricht, ct);

    /// <summary>Reads Abgabe.ImportBestaetigen.0402 from the office we handed a file to.</summary>
    public static Task<Importbestaetigung> ReadImportBestaetigungAsync(Stream nachricht, CancellationToken ct) =>
        Quittungen.ReadImportAsync(Nachrichtentyp.AbgabeImportBestaetigen, "AbgegebenesObjekt", nachricht, ct);
}
