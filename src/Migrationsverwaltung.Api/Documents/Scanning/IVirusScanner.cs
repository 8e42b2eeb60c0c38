namespace Migrationsverwaltung.Api.Documents.Scanning;

/// <summary>
/// Scans a document's bytes. <see cref="ScanAsync"/> may read <c>content</c> to its end; after a failure its position
/// is undefined, so scan a source that can be read again (e.g. the staged chunks), not the only copy of a request body.
/// Throws <see cref="VirusScannerUnavailableException"/> when the scanner is configured but fails and
/// Documents:Clamd:OnFailure is Refuse (the default).
/// </summary>
public interface IVirusScanner
{
    Task<ScanVerdict> ScanAsync(Stream content, CancellationToken cancellationToken);
}
