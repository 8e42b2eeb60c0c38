namespace Migrationsverwaltung.Api.Documents.Scanning;

/// <summary>What the virus scan said about one document's bytes.</summary>
public abstract record ScanVerdict
{
    private ScanVerdict() { }

    /// <summary>No signature matched. <paramref name="EngineVersion"/> is clamd's VERSION answer (engine/signatures/date).</summary>
    public sealed record Clean(string EngineVersion) : ScanVerdict;

    /// <summary>A signature matched: the document must be refused and never become part of a file.</summary>
    public sealed record Infected(string Signature) : ScanVerdict;

    /// <summary>The bytes were not scanned; the document is marked "not scanned" with this reason.</summary>
    public sealed record NotScanned(string Reason) : ScanVerdict;
}
