using System.IO.Compression;
using System.Xml.Linq;

namespace Migrationsverwaltung.Xdomea.Tests;

/// <summary>Opening and rebuilding ZIP packages in memory, to inspect and to tamper with them.</summary>
internal static class Pakete
{
    public static Dictionary<string, byte[]> Eintraege(byte[] zip)
    {
        using var archiv = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archiv.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var s = e.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            return ms.ToArray();
        });
    }

    public static XDocument Nachricht(byte[] zip) =>
        Eintraege(zip).Single(e => e.Key.EndsWith(".xml", StringComparison.Ordinal)) is var (_, bytes)
            ? XDocument.Load(new MemoryStream(bytes))
            : throw new InvalidOperationException();

    public static byte[] Baue(IEnumerable<(string Name, byte[] Inhalt)> eintraege, CompressionLevel stufe = CompressionLevel.Optimal)
    {
        var ms = new MemoryStream();
        using (var archiv = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, inhalt) in eintraege)
            {
                using var s = archiv.CreateEntry(name, stufe).Open();
                s.Write(inhalt);
            }
        }

        return ms.ToArray();
    }

    /// <summary>The package with one entry changed (or, if the function returns null, removed).</summary>
    public static byte[] Aendere(byte[] zip, Func<string, byte[], byte[]?> aenderung) =>
        Baue(Eintraege(zip).Select(e => (e.Key, aenderung(e.Key, e.Value))).Where(e => e.Item2 is not null).Select(e => (e.Key, e.Item2!)));

    /// <summary>The package with its XML message changed.</summary>
    public static byte[] AendereXml(byte[] zip, Action<XDocument> aenderung) =>
        Aendere(zip, (name, inhalt) =>
        {
            if (!name.EndsWith(".xml", StringComparison.Ordinal)) return inhalt;
            var doc = XDocument.Load(new MemoryStream(inhalt));
            aenderung(doc);
            var ms = new MemoryStream();
            doc.Save(ms);
            return ms.ToArray();
        });
}
