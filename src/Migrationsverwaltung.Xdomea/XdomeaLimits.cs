namespace Migrationsverwaltung.Xdomea;

/// <summary>Limits for packages we read, against zip bombs and oversized messages.</summary>
/// <param name="MaxEintraege">Most entries a ZIP may have.</param>
/// <param name="MaxDateiBytes">Largest uncompressed entry.</param>
/// <param name="MaxGesamtBytes">Largest sum of uncompressed entries (and largest package when it must be buffered).</param>
/// <param name="MaxXmlBytes">Largest XML message.</param>
/// <param name="MaxKompressionsrate">Highest ratio uncompressed / compressed for entries over 1 MB.</param>
public sealed record XdomeaLimits(
    int MaxEintraege = 10_000,
    long MaxDateiBytes = 100L * 1024 * 1024,
    long MaxGesamtBytes = 4L * 1024 * 1024 * 1024,
    long MaxXmlBytes = 64L * 1024 * 1024,
    int MaxKompressionsrate = 100)
{
    /// <summary>The defaults: 10,000 entries, 100 MB per file, 4 GB in all, 64 MB of XML, ratio 100.</summary>
    public static XdomeaLimits Standard { get; } = new();
}
