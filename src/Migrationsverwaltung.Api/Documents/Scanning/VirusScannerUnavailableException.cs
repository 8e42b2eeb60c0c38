namespace Migrationsverwaltung.Api.Documents.Scanning;

/// <summary>
/// The configured virus scanner failed and Documents:Clamd:OnFailure is Refuse: the upload is refused (503).
/// The message is for the uploader; <see cref="Reason"/> (socket, clamd's answer) is for the log.
/// </summary>
public sealed class VirusScannerUnavailableException(string reason, Exception? inner = null)
    : Exception("Das Dokument kann gerade nicht auf Viren geprüft werden und wurde deshalb nicht gespeichert. Bitte später erneut hochladen.", inner)
{
    public string Reason { get; } = reason;
}
