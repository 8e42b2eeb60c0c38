using Migrationsverwaltung.Domain.Catalogue;

namespace Migrationsverwaltung.Api.Documents;

/// <summary>The document types a file may hold: every paper of the published title catalogues (passport, photo, contract, ...).</summary>
public static class DocumentTypes
{
    public const string Unknown = "Die Dokumentart ist unbekannt; erlaubt sind die Codes des Titelkatalogs (z. B. PASS, LICHTBILD, ARBEITSVERTRAG).";

    private static readonly IReadOnlyDictionary<string, DocumentType> Known = TitleCatalogues.Published
        .SelectMany(c => c.DocumentTypes).GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.Last());

    public static bool IsKnown(string? code) => code is not null && Known.ContainsKey(code.Trim());

    public static IReadOnlyCollection<DocumentType> All => [.. Known.Values];
}
