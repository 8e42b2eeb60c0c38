namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// The published catalogue versions. A published version is never edited: CatalogueVersionTests pins each one by
/// fingerprint. A change is a new version here, built from the previous data plus its difference.
/// </summary>
internal static class PublishedVersions
{
    /// <summary>First version: AufenthV amounts as in DOMAIN.md, Personalausweis fee 37.00 / 22.80 EUR.</summary>
    public static TitleCatalogue V2026_01 { get; } = Build("2026-01", new DateOnly(2026, 1, 1), FeeTables.V2026_01);

    /// <summary>Only change: the Personalausweis fee (§ 52a, Aufenthaltskarte) is 46.00 / 27.60 EUR from 7 February 2026.</summary>
    public static TitleCatalogue V2026_02 { get; } = Build("2026-02", new DateOnly(2026, 2, 7), FeeTables.V2026_02);

    private static TitleCatalogue Build(string version, DateOnly validFrom, FeeTable fees) => new(
        version,
        validFrom,
        [
            .. EducationTitles.With(fees),
            .. EmploymentTitles.With(fees),
            .. HumanitarianTitles.With(fees),
            .. FamilyTitles.With(fees),
            .. SpecialTitles.With(fees),
            .. PermanentTitles.With(fees),
            .. NonTitleCases.With(fees),
        ],
        DocumentTypeData.All);
}
