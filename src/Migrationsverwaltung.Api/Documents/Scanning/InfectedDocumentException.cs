using Migrationsverwaltung.Api.Documents.Storage;

namespace Migrationsverwaltung.Api.Documents.Scanning;

/// <summary>For the upload to throw on <see cref="ScanVerdict.Infected"/>: the document is refused and never stored.</summary>
public sealed class InfectedDocumentException(string signature)
    : DocumentRejectedException($"Das Dokument enthält Schadsoftware ({signature}) und wurde nicht gespeichert.")
{
    public string Signature { get; } = signature;
}
