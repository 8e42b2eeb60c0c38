using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Migrationsverwaltung.Xdomea.Schema;

namespace Migrationsverwaltung.Xdomea.Writing;

/// <summary>
/// Writes a message as an xdomea package: a ZIP with "{ProzessID}_{Nachricht}.xml" and the primary files.
/// The XML is validated against the official schemas first: we never send what the schema rejects.
/// Every primary file is hashed on the way into the ZIP and must match the size and SHA-256 the message
/// declares, so a package never claims what it does not contain.
/// </summary>
internal static class PaketWriter
{
    public static async Task WriteAsync(
        XDocument nachricht, Nachrichtentyp typ, Guid prozessId, IReadOnlyList<PaketDatei> dateien, Stream ziel, CancellationToken ct)
    {
        PruefeSchema(nachricht, typ);
        await using var zip = await ZipArchive.CreateAsync(ziel, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8, ct);
        var xmlEntry = zip.CreateEntry(typ.XmlDateiname(prozessId), CompressionLevel.Optimal);
        await using (var xml = await xmlEntry.OpenAsync(ct))
        {
            await using var writer = XmlWriter.Create(xml, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true });
            await nachricht.SaveAsync(writer, ct);
        }

        foreach (var datei in dateien)
        {
            // Scanned images and PDFs hardly shrink; storing them spares CPU.
            var entry = zip.CreateEntry(datei.Name, CompressionLevel.Fastest);
            await using var eintrag = await entry.OpenAsync(ct);
            await using var inhalt = await datei.Datei.Inhalt(ct);
            var (laenge, sha256) = await KopiereMitPruefsumme(inhalt, eintrag, ct);
            if (laenge != datei.Datei.Groesse || !sha256.Equals(datei.Datei.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"Der Inhalt der Primärdatei {datei.Name} stimmt nicht mit Größe und SHA-256 der Nachricht überein "
                    + $"(erwartet {datei.Datei.Groesse} Bytes, {datei.Datei.Sha256}; gelesen {laenge} Bytes, {sha256}).");
            }
        }
    }

    /// <summary>Fails loudly when our own message breaks the schema: that is a bug, never the user's input.</summary>
    public static void PruefeSchema(XDocument nachricht, Nachrichtentyp typ)
    {
        var fehler = XdomeaSchema.Errors(nachricht);
        if (fehler.Count > 0)
        {
            throw new InvalidOperationException(
                $"Die erzeugte Nachricht {typ.Element} ist nicht gültig nach xdomea 3.0.0: {string.Join(" | ", fehler.Take(5))}");
        }
    }

    internal static async Task<(long Laenge, string Sha256)> KopiereMitPruefsumme(Stream quelle, Stream ziel, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var puffer = new byte[81920];
        long laenge = 0;
        int gelesen;
        while ((gelesen = await quelle.ReadAsync(puffer, ct)) > 0)
        {
            hash.AppendData(puffer, 0, gelesen);
            await ziel.WriteAsync(puffer.AsMemory(0, gelesen), ct);
            laenge += gelesen;
        }

        return (laenge, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
