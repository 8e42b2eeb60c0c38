using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// A SHA-256 over a canonical text of everything a case reads from a catalogue version. Published versions are
/// pinned by it in the tests, so editing shared data that would silently change an old version fails the build;
/// a case may also store it beside the version to prove later which rules it was decided under.
/// </summary>
public static class CatalogueFingerprint
{
    public static string Of(TitleCatalogue catalogue) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(catalogue))));

    /// <summary>One line per fact, sorted by code, invariant formatting: the same catalogue always gives the same text.</summary>
    public static string CanonicalText(TitleCatalogue catalogue)
    {
        var text = new StringBuilder();
        Line(text, "version", catalogue.Version, catalogue.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var document in catalogue.DocumentTypes.OrderBy(d => d.Code, StringComparer.Ordinal))
        {
            Line(text, "document", document.Code, document.GermanName, document.Note);
        }
        foreach (var title in catalogue.Titles.OrderBy(t => t.Code, StringComparer.Ordinal))
        {
            Line(text, "title", title.Code, title.GermanName, title.LegalBasis, title.Category, title.IsResidenceTitle, title.BaConsent,
                title.ShortenedBaFiction, title.DefaultValidityMonths, title.IssuesEat, title.Note, string.Join(",", title.RequiredDocuments));
            var fees = title.Fees;
            Line(text, "fees", title.Code, fees.IdCardFee.Cents, fees.IdCardFee.Under24Cents, fees.IdCardFee.Source,
                fees.ExpressSurcharge?.Cents, fees.ExpressSurcharge?.LegalBasis, fees.MinorIssue?.Cents, fees.MinorIssue?.LegalBasis,
                fees.UnderAufenthVReliefs, fees.ChargedAtIdCardRate);
            foreach (var (kind, item) in fees.Items)
            {
                Line(text, "fee", title.Code, kind, item.Cents, item.LegalBasis);
            }
        }
        return text.ToString();
    }

    private static void Line(StringBuilder text, params object?[] fields) =>
        text.AppendJoin('|', fields.Select(f => Convert.ToString(f, CultureInfo.InvariantCulture) ?? "∅")).Append('\n');
}
