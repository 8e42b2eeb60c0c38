using System.Globalization;
using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Api.Documents.Queries;

/// <summary>
/// The document is listed in the file, but its content was erased after its retention (a biometric photo): 404 like a
/// deleted file's download, with a message that says so.
/// </summary>
public sealed class DocumentErasedException(Guid documentId, DateTimeOffset erasedAt) : Exception(string.Create(CultureInfo.InvariantCulture,
    $"Der Inhalt des Dokuments {documentId} wurde am {BerlinTime.DateOf(erasedAt):dd.MM.yyyy} nach Ablauf seiner Aufbewahrungsfrist gelöscht; die Angaben zum Dokument bleiben in der Akte."));
