namespace Migrationsverwaltung.Benchmarks.Documents;

/// <summary>
/// One host process that stores documents, started fresh for one document size. The benchmark uploads and
/// downloads through it and reads the host's peak memory at the end. Each call is one document: the upload
/// streams <c>content</c> (the host must never hold it whole), the download is drained by the caller.
/// </summary>
public interface IDocumentTransfer : IAsyncDisposable
{
    /// <summary>What is measured, for the figure names: "store" (DocumentContentStore directly) or "api" (HTTP).</summary>
    string Kind { get; }

    int HostProcessId { get; }

    /// <summary>Uploads <paramref name="size"/> bytes of <paramref name="content"/> for a person; returns what identifies the stored document.</summary>
    Task<string> UploadAsync(Guid personId, Stream content, long size);

    /// <summary>Streams the stored bytes into <paramref name="sink"/>; returns how many there were.</summary>
    Task<long> DownloadAsync(string document, Stream sink);
}
