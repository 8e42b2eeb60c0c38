using Migrationsverwaltung.Xdomea.Writing;

namespace Migrationsverwaltung.Xdomea.Reading;

/// <summary>Measures size and SHA-256 of every primary file a message names, streaming, before anything is mapped.</summary>
internal static class PrimaerdateienMessen
{
    public static async Task<IReadOnlyDictionary<string, (long Laenge, string Sha256)>> MessenAsync(EmpfangenesPaket paket, CancellationToken ct)
    {
        var namen = paket.Nachricht.Descendants(Schema.XdomeaSchema.Ns + "Primaerdokument")
            .Select(p => p.Text("Dateiname")!)
            .Distinct(StringComparer.Ordinal);
        var ergebnis = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var name in namen)
        {
            await using var inhalt = paket.OeffneDatei(name);
            ergebnis[name] = await PaketWriter.KopiereMitPruefsumme(inhalt, Stream.Null, ct);
        }

        return ergebnis;
    }
}
