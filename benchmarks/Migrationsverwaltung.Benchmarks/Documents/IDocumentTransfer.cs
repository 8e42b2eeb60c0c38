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

    /// <summary>
    /// A new person to upload for, outside the timed part of a round: every round gets an empty file, so that the
    /// rounds of both sizes cost the same apart from the bytes (a file with a hundred documents takes longer to load).
    /// </summary>
    Task<Guid> NewPersonAsync();

    /// <summary>
    /// Uploads <paramref name="size"/> bytes of <paramref name="content"/> into the person's file (bytes the person has
    /// already are not stored twice); returns what identifies the stored document.
    /// </summary>
    Task<string> UploadAsync(Guid personId, Stream content, long size);

    /// <summary>Streams the stored bytes into <paramref name="sink"/>; returns how many there were.</summary>
    Task<long> DownloadAsync(Guid personId, string document, Stream sink);
}
