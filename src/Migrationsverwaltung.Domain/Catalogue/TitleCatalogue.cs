using System.Collections.Immutable;

namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// One published version of the title catalogue: every title type with its fees and required documents, and the
/// document types they refer to. A case stores <see cref="Version"/> at submission and looks its title up here
/// for its whole life. The constructor refuses duplicate codes and unknown document codes, so a published
/// version is consistent by construction.
/// </summary>
public sealed class TitleCatalogue
{
    private readonly ImmutableDictionary<string, TitleDefinition> titlesByCode;
    private readonly ImmutableDictionary<string, DocumentType> documentsByCode;

    public TitleCatalogue(string version, DateOnly validFrom, IEnumerable<TitleDefinition> titles, IEnumerable<DocumentType> documentTypes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        Version = version;
        ValidFrom = validFrom;
        Titles = [.. titles];
        DocumentTypes = [.. documentTypes];
        documentsByCode = Unique(DocumentTypes, d => d.Code, "Dokumentcode");
        titlesByCode = Unique(Titles, t => t.Code, "Titelcode");

        var unknown = Titles.SelectMany(t => t.RequiredDocuments.Where(d => !documentsByCode.ContainsKey(d)).Select(d => $"{t.Code}→{d}")).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Katalog {version}: unbekannte Dokumentcodes: {string.Join(", ", unknown)}.", nameof(titles));
        }
    }

    /// <summary>Stable name of the version, e.g. "2026-02"; stored in every case submitted under it.</summary>
    public string Version { get; }

    /// <summary>The first day applications are submitted under this version.</summary>
    public DateOnly ValidFrom { get; }

    public ImmutableArray<TitleDefinition> Titles { get; }

    public ImmutableArray<DocumentType> DocumentTypes { get; }

    public bool Contains(string code) => titlesByCode.ContainsKey(code);

    public TitleDefinition Title(string code) => titlesByCode.TryGetValue(code, out var title)
        ? title
        : throw new CatalogueEntryNotFoundException($"Der Titelcode '{code}' ist im Titelkatalog {Version} nicht enthalten.");

    public DocumentType Document(string code) => documentsByCode.TryGetValue(code, out var document)
        ? document
        : throw new CatalogueEntryNotFoundException($"Der Dokumentcode '{code}' ist im Titelkatalog {Version} nicht enthalten.");

    /// <summary>The checklist for a title, with German names, in the catalogue's order.</summary>
    public ImmutableArray<DocumentType> RequiredDocumentsOf(string code) => [.. Title(code).RequiredDocuments.Select(Document)];

    public override string ToString() => $"Titelkatalog {Version} (gültig ab {ValidFrom:yyyy-MM-dd}, {Titles.Length} Titel)";

    private static ImmutableDictionary<string, T> Unique<T>(IEnumerable<T> items, Func<T, string> code, string what)
    {
        var duplicates = items.GroupBy(code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return duplicates.Count == 0
            ? items.ToImmutableDictionary(code, StringComparer.Ordinal)
            : throw new ArgumentException($"{what} mehrfach vergeben: {string.Join(", ", duplicates)}.");
    }
}
