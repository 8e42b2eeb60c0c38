using System.Collections.Immutable;

namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// Every published catalogue version, oldest first. Versions are only ever added: a case submitted under an older
/// version keeps reading that version (<see cref="Get"/>), so its fees and checklist never change under it.
/// How to publish a new version: docs/title-catalogue.md.
/// </summary>
public static class TitleCatalogues
{
    public static ImmutableArray<TitleCatalogue> Published { get; } = [PublishedVersions.V2026_01, PublishedVersions.V2026_02];

    /// <summary>The newest version; new applications are submitted under the version in force on their day (<see cref="InForceOn"/>).</summary>
    public static TitleCatalogue Current => Published[^1];

    public static TitleCatalogue Get(string version) =>
        Published.FirstOrDefault(c => c.Version == version) ?? throw new CatalogueEntryNotFoundException(
            $"Die Titelkatalog-Version '{version}' ist nicht veröffentlicht. Veröffentlicht sind: {string.Join(", ", Published.Select(c => c.Version))}.");

    /// <summary>The version applications received on <paramref name="day"/> are submitted under.</summary>
    public static TitleCatalogue InForceOn(DateOnly day) =>
        Published.LastOrDefault(c => c.ValidFrom <= day) ?? throw new CatalogueEntryNotFoundException(
            $"Am {day:dd.MM.yyyy} galt noch keine Version des Titelkatalogs (erste ab {Published[0].ValidFrom:dd.MM.yyyy}).");
}
