namespace Migrationsverwaltung.Api.Documents.Storage;

/// <summary>An upload refused for its content; the message is meant for the person who uploaded it.</summary>
public abstract class DocumentRejectedException(string message) : Exception(message);

public sealed class DocumentTooLargeException(long maxBytes)
    : DocumentRejectedException($"Das Dokument ist zu groß: erlaubt sind höchstens {maxBytes} Bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}

public sealed class EmptyDocumentException()
    : DocumentRejectedException("Das Dokument ist leer (0 Bytes).");

public sealed class DocumentTypeMismatchException(string declared, string? detected)
    : DocumentRejectedException(
        $"Der Inhalt passt nicht zum angegebenen Dokumenttyp {declared}: erkannt wurde {detected ?? "kein unterstütztes Format (PDF, JPEG, PNG, TIFF)"}.")
{
    public string Declared { get; } = declared;
    public string? Detected { get; } = detected;
}
