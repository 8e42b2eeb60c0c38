namespace Migrationsverwaltung.Xdomea.Model;

/// <summary>A case of the file (xdomea Vorgang).</summary>
/// <param name="Id">The case's UUID (Identifikation/ID).</param>
/// <param name="Kennzeichen">The case number (AllgemeineMetadaten/Kennzeichen).</param>
/// <param name="Betreff">The case's title (AllgemeineMetadaten/Betreff).</param>
/// <param name="Typ">The kind of case, e.g. the title applied for (Typ).</param>
/// <param name="Beginn">When the case was opened (Laufzeit/Beginn).</param>
/// <param name="Abgeschlossen">When the case was closed (ZdA, ZdADatum, Laufzeit/Ende); null while open.</param>
/// <param name="DokumentIds">The file's documents this case uses (Verweis with SGOTyp Dokument).</param>
/// <param name="Protokoll">The case's history protocol.</param>
public sealed record VorgangExport(
    Guid Id,
    string Kennzeichen,
    string Betreff,
    string? Typ,
    DateOnly? Beginn,
    DateOnly? Abgeschlossen,
    IReadOnlyList<Guid> DokumentIds,
    IReadOnlyList<ProtokollEintrag> Protokoll);
