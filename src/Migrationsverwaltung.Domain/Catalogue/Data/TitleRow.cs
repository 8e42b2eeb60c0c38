namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>Shorthand for the data files: one call per title, the common defaults filled in.</summary>
internal static class TitleRow
{
    /// <summary>A residence title produced as an eAT card: the usual case.</summary>
    public static TitleDefinition Title(
        string code, string germanName, string legalBasis, TitleCategory category, BaConsentRequirement ba,
        int? validityMonths, FeeRule fees, params string[] documents) => new()
    {
        Code = code,
        GermanName = germanName,
        LegalBasis = legalBasis,
        Category = category,
        IsResidenceTitle = true,
        BaConsent = ba,
        DefaultValidityMonths = validityMonths,
        IssuesEat = true,
        Fees = fees,
        RequiredDocuments = [.. documents],
    };
}
