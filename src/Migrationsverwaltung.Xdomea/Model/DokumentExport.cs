namespace Migrationsverwaltung.Xdomea.Model;

/// <summary>A document of the file (xdomea Dokument) with all its versions.</summary>
/// <param name="Id">The document's UUID (Identifikation/ID).</param>
/// <param name="Titel">The title (AllgemeineMetadaten/Betreff).</param>
/// <param name="Dokumenttyp">The document type from our catalogue, e.g. "Reisepass" (Typ).</param>
/// <param name="Eingangsdatum">The day it was received (Posteingangsdatum).</param>
/// <param name="Eingangskanal">How it came in, e.g. "Schalter", "Post" (application field: xdomea has none).</param>
/// <param name="Vertraulichkeit">Confidentiality (AllgemeineMetadaten/Vertraulichkeitsstufe).</param>
/// <param name="Versionen">The versions, oldest first (Version/Nummer with Format/Primaerdokument).</param>
/// <param name="Protokoll">The document's history protocol.</param>
public sealed record DokumentExport(
    Guid Id,
    string Titel,
    string Dokumenttyp,
    DateOnly? Eingangsdatum,
    string? Eingangskanal,
    Vertraulichkeitsstufe Vertraulichkeit,
    IReadOnlyList<DokumentVersion> Versionen,
    IReadOnlyList<ProtokollEintrag> Protokoll);

/// <summary>One version of a document and its primary file.</summary>
public sealed record DokumentVersion(int Nummer, Primaerdatei Datei);

/// <summary>
/// A primary file (Primärdokument). xdomea 3.0.0 has no elements for the media type, size and hash; they
/// travel as application fields of the document (see docs/xdomea.md), so the receiver can check every byte.
/// </summary>
/// <param name="Dateiname">The original file name (DateinameOriginal); inside the package the file is named by a UUID.</param>
/// <param name="MimeType">The media type, e.g. application/pdf (also mapped to the Dateiformat code).</param>
/// <param name="Sha256">SHA-256 of the content, 64 lower-case hex digits.</param>
/// <param name="Groesse">Size in bytes.</param>
/// <param name="Erstellt">When the file was stored (Primaerdokument/DatumUhrzeit).</param>
/// <param name="Inhalt">Opens the content; called once per write, the stream is disposed by the writer.</param>
public sealed record Primaerdatei(
    string Dateiname,
    string MimeType,
    string Sha256,
    long Groesse,
    DateTimeOffset? Erstellt,
    Func<CancellationToken, Task<Stream>> Inhalt);
