namespace Migrationsverwaltung.Api.Documents.Scanning;

/// <summary>
/// Scans through clamd: VERSION first (which also shows clamd answers before the content is read), then INSTREAM.
/// A failure of clamd refuses the upload or marks it "not scanned", as <see cref="ClamdOptions.OnFailure"/> says.
/// </summary>
internal sealed class ClamdScanner(ClamdOptions options, ILogger<ClamdScanner> logger) : IVirusScanner
{
    private readonly ClamdClient _client = new(options);

    public async Task<ScanVerdict> ScanAsync(Stream content, CancellationToken cancellationToken)
    {
        try
        {
            var engineVersion = await _client.VersionAsync(cancellationToken);
            var verdict = ClamdReply.ToVerdict(await _client.InstreamAsync(content, cancellationToken), engineVersion);
            if (verdict is ScanVerdict.Infected infected)
            {
                logger.LogWarning("clamd found {Signature} in an uploaded document", infected.Signature);
            }
            return verdict;
        }
        catch (ClamdException e)
        {
            logger.LogError(e, "Virus scan through {ClamdEndpoint} failed; OnFailure is {OnFailure}", options.Endpoint, options.OnFailure);
            return options.OnFailure == ClamdFailureMode.AcceptUnscanned
                ? new ScanVerdict.NotScanned($"Virenscanner nicht verfügbar: {e.Message}")
                : throw new VirusScannerUnavailableException(e.Message, e);
        }
    }
}
