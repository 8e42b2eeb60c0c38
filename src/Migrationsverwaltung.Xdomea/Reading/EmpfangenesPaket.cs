using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Migrationsverwaltung.Xdomea.Schema;

namespace Migrationsverwaltung.Xdomea.Reading;

/// <summary>
/// A received package (a ZIP, or a bare XML message for the answers without files), checked before anything
/// is read: entry names (no paths, drives, control characters), entry count, sizes and compression ratio
/// against <see cref="XdomeaLimits"/>, exactly one message "{ProzessID}_{Nachricht}.xml" whose ProzessID
/// matches its head. Holds the archive open for reading the primary files; dispose it when done.
/// </summary>
internal sealed partial class EmpfangenesPaket : IAsyncDisposable
{
    private readonly Stream? puffer;
    private readonly ZipArchive? zip;
    private readonly XdomeaLimits limits;

    private EmpfangenesPaket(XDocument nachricht, ZipArchive? zip, Stream? puffer, XdomeaLimits limits)
    {
        Nachricht = nachricht;
        this.zip = zip;
        this.puffer = puffer;
        this.limits = limits;
    }

    public XDocument Nachricht { get; }

    public static async Task<EmpfangenesPaket> OeffneAsync(Stream quelle, Nachrichtentyp typ, XdomeaLimits limits, CancellationToken ct)
    {
        var puffer = quelle.CanSeek ? null : await PuffereAsync(quelle, limits, ct);
        var lesbar = puffer ?? quelle;
        try
        {
            if (!await IstZipAsync(lesbar, ct))
            {
                var bloss = NachrichtXml.Lade(new BegrenzterStream(lesbar, limits.MaxXmlBytes, Zugross(typ.Element)), typ, limits.MaxXmlBytes);
                return new EmpfangenesPaket(bloss, null, puffer, limits);
            }

            ZipArchive zip;
            try
            {
                zip = await ZipArchive.CreateAsync(lesbar, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, ct);
            }
            catch (InvalidDataException e)
            {
                throw new XdomeaFormatException("Das Paket ist keine lesbare ZIP-Datei.", e);
            }

            try
            {
                var nachricht = LadeNachricht(zip, typ, limits);
                return new EmpfangenesPaket(nachricht, zip, puffer, limits);
            }
            catch
            {
                await zip.DisposeAsync();
                throw;
            }
        }
        catch
        {
            if (puffer is not null) await puffer.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a primary file named in the message; it may not inflate beyond its declared size.</summary>
    public Stream OeffneDatei(string name)
    {
        var eintrag = zip?.GetEntry(name)
                      ?? throw new XdomeaFormatException($"Die Primärdatei \"{name}\" fehlt im Paket.");
        return new BegrenzterStream(eintrag.Open(), eintrag.Length, Zugross(name));
    }

    private static XDocument LadeNachricht(ZipArchive zip, Nachrichtentyp typ, XdomeaLimits limits)
    {
        PruefeEintraege(zip, limits);
        var kandidaten = zip.Entries
            .Where(e => e.FullName.EndsWith("_" + typ.Element + ".xml", StringComparison.Ordinal))
            .ToList();
        if (kandidaten.Count != 1)
        {
            throw new XdomeaFormatException(kandidaten.Count == 0
                ? $"Das Paket enthält keine Nachricht {typ.Element} (erwartet: {{ProzessID}}_{typ.Element}.xml)."
                : $"Das Paket enthält mehr als eine Nachricht {typ.Element}.");
        }

        var eintrag = kandidaten[0];
        var praefix = eintrag.FullName[..^(typ.Element.Length + 5)];
        if (!Guid.TryParseExact(praefix, "D", out var prozessAusName))
        {
            throw new XdomeaFormatException($"Der Dateiname \"{eintrag.FullName}\" beginnt nicht mit einer ProzessID (UUID).");
        }

        if (eintrag.Length > limits.MaxXmlBytes) throw new XdomeaFormatException(Zugross(eintrag.FullName));
        using var xml = new BegrenzterStream(eintrag.Open(), eintrag.Length, Zugross(eintrag.FullName));
        var nachricht = NachrichtXml.Lade(xml, typ, limits.MaxXmlBytes);
        var prozessId = nachricht.Root!.Element(XdomeaSchema.Ns + "Kopf")!.Element(XdomeaSchema.Ns + "ProzessID")!.Value;
        if (!Guid.TryParse(prozessId, out var imKopf) || imKopf != prozessAusName)
        {
            throw new XdomeaFormatException(
                $"Die ProzessID im Dateinamen ({prozessAusName}) und im Kopf der Nachricht ({prozessId}) stimmen nicht überein.");
        }

        return nachricht;
    }

    private static void PruefeEintraege(ZipArchive zip, XdomeaLimits limits)
    {
        if (zip.Entries.Count > limits.MaxEintraege)
        {
            throw new XdomeaFormatException($"Das Paket hat {zip.Entries.Count} Einträge, erlaubt sind höchstens {limits.MaxEintraege}.");
        }

        var namen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long summe = 0;
        foreach (var eintrag in zip.Entries)
        {
            var name = eintrag.FullName;
            if (!SichererName().IsMatch(name) || name is "." or "..")
            {
                throw new XdomeaFormatException(
                    $"Unzulässiger Eintrag im Paket: \"{Anzeigbar(name)}\". Erlaubt sind nur Dateinamen ohne Pfad, Laufwerk und Steuerzeichen.");
            }

            if (!namen.Add(name)) throw new XdomeaFormatException($"Der Eintrag \"{name}\" kommt im Paket doppelt vor.");
            if (eintrag.Length > limits.MaxDateiBytes)
            {
                throw new XdomeaFormatException(
                    $"Der Eintrag \"{name}\" ist entpackt {eintrag.Length} Bytes groß, erlaubt sind höchstens {limits.MaxDateiBytes}.");
            }

            if (eintrag.Length > 1024 * 1024 && eintrag.Length > (long)limits.MaxKompressionsrate * Math.Max(1, eintrag.CompressedLength))
            {
                throw new XdomeaFormatException(
                    $"Der Eintrag \"{name}\" ist ungewöhnlich stark komprimiert (mehr als {limits.MaxKompressionsrate}:1) und wird als ZIP-Bombe abgelehnt.");
            }

            summe += eintrag.Length;
            if (summe > limits.MaxGesamtBytes)
            {
                throw new XdomeaFormatException($"Das Paket ist entpackt größer als {limits.MaxGesamtBytes} Bytes.");
            }
        }
    }

    private static async Task<bool> IstZipAsync(Stream stream, CancellationToken ct)
    {
        var start = stream.Position;
        var kopf = new byte[4];
        var n = await stream.ReadAtLeastAsync(kopf, kopf.Length, throwOnEndOfStream: false, ct);
        stream.Position = start;
        if (n == 0) throw new XdomeaFormatException("Das Paket ist leer.");
        return n == 4 && kopf[0] == (byte)'P' && kopf[1] == (byte)'K' && kopf[2] is 3 or 5 && kopf[3] is 4 or 6;
    }

    private static async Task<Stream> PuffereAsync(Stream quelle, XdomeaLimits limits, CancellationToken ct)
    {
        var datei = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await new BegrenzterStream(quelle, limits.MaxGesamtBytes, $"Das Paket ist größer als {limits.MaxGesamtBytes} Bytes.")
                .CopyToAsync(datei, ct);
            datei.Position = 0;
            return datei;
        }
        catch
        {
            await datei.DisposeAsync();
            throw;
        }
    }

    private static string Zugross(string name) => $"\"{Anzeigbar(name)}\" ist größer als angegeben oder erlaubt.";

    private static string Anzeigbar(string name) =>
        new(name.Select(c => char.IsControl(c) ? '?' : c).Take(200).ToArray());

    /// <summary>A flat file name: no slash or backslash, no drive colon, no control characters.</summary>
    [GeneratedRegex(@"^[^/\\:\p{Cc}]{1,255}$")]
    private static partial Regex SichererName();

    public async ValueTask DisposeAsync()
    {
        if (zip is not null) await zip.DisposeAsync();
        if (puffer is not null) await puffer.DisposeAsync();
    }

    public XdomeaLimits Limits => limits;
}
