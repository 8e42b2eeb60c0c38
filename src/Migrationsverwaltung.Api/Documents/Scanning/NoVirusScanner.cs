namespace Migrationsverwaltung.Api.Documents.Scanning;

/// <summary>No clamd configured: every document is marked "not scanned". The content is not read.</summary>
internal sealed class NoVirusScanner : IVirusScanner
{
    public const string Reason = "kein Virenscanner konfiguriert";

    public Task<ScanVerdict> ScanAsync(Stream content, CancellationToken cancellationToken) =>
        Task.FromResult<ScanVerdict>(new ScanVerdict.NotScanned(Reason));
}
