using System.Xml.Linq;
using Migrationsverwaltung.Xdomea.Model;
using Migrationsverwaltung.Xdomea.Reading;
using Migrationsverwaltung.Xdomea.Schema;
using static Migrationsverwaltung.Xdomea.Writing.Xml;

namespace Migrationsverwaltung.Xdomea.Writing;

/// <summary>Receipts (head only) and import confirmations (one result per object), both directions.</summary>
internal static class Quittungen
{
    public static Task WriteEmpfangAsync(Nachrichtentyp typ, Nachrichtenkopf kopf, Stream zip, CancellationToken ct)
    {
        var nachricht = new XDocument(E(typ.Element, KopfXml.Basis(kopf, typ)));
        return PaketWriter.WriteAsync(nachricht, typ, kopf.ProzessId, [], zip, ct);
    }

    public static Task WriteImportAsync(
        Nachrichtentyp typ, string element, Nachrichtenkopf kopf, IReadOnlyList<ImportErgebnis> ergebnisse, Stream zip, CancellationToken ct)
    {
        var nachricht = new XDocument(E(typ.Element,
            KopfXml.Basis(kopf, typ),
            ergebnisse.Select(e => E(element,
                E("IDSGO", e.SchriftgutobjektId.ToString("D")),
                E("Erfolgreich", Bool(e.Erfolgreich)),
                e.Fehlermeldungen.Select(f => E("Fehlermeldung", f)),
                typ == Nachrichtentyp.AussonderungImportBestaetigen ? Optional("Archivkennung", e.Archivkennung) : null))));
        return PaketWriter.WriteAsync(nachricht, typ, kopf.ProzessId, [], zip, ct);
    }

    public static async Task<Empfangsbestaetigung> ReadEmpfangAsync(Nachrichtentyp typ, Stream quelle, CancellationToken ct)
    {
        await using var paket = await EmpfangenesPaket.OeffneAsync(quelle, typ, XdomeaLimits.Standard, ct);
        return new Empfangsbestaetigung(KopfLeser.Lies(paket.Nachricht));
    }

    public static async Task<Importbestaetigung> ReadImportAsync(Nachrichtentyp typ, string element, Stream quelle, CancellationToken ct)
    {
        await using var paket = await EmpfangenesPaket.OeffneAsync(quelle, typ, XdomeaLimits.Standard, ct);
        var ergebnisse = paket.Nachricht.Root!.Kinder(element)
            .Select(o => new ImportErgebnis(
                Guid.Parse(o.Text("IDSGO")!),
                o.Text("Erfolgreich") is "1" or "true",
                o.Kinder("Fehlermeldung").Select(f => f.Value).ToList(),
                o.Text("Archivkennung")))
            .ToList();
        return new Importbestaetigung(KopfLeser.Lies(paket.Nachricht), ergebnisse);
    }
}
