using System.Collections.Immutable;

namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// One title type (or non-title case type) as published in one catalogue version. Immutable: a case keeps the
/// definition of the version it was submitted under, and a new version publishes new records instead of
/// changing these.
/// </summary>
public sealed record TitleDefinition
{
    /// <summary>Stable code stored in cases and events, e.g. "AE_18B"; never reused for another meaning.</summary>
    public required string Code { get; init; }

    public required string GermanName { get; init; }

    /// <summary>The provision as a caseworker cites it, e.g. "§ 18b AufenthG".</summary>
    public required string LegalBasis { get; init; }

    public required TitleCategory Category { get; init; }

    /// <summary>A residence title under § 4(1) AufenthG; false for Duldung, Fiktionsbescheinigung and the like.</summary>
    public required bool IsResidenceTitle { get; init; }

    public required BaConsentRequirement BaConsent { get; init; }

    /// <summary>The BA's consent is deemed given after one week instead of two for every case of this title (Blue Card).</summary>
    public bool ShortenedBaFiction { get; init; }

    /// <summary>
    /// The employer may run the accelerated skilled-worker procedure (§ 81a AufenthG) for this title. Read from the
    /// fee rule, which carries the § 81a fee line exactly for such titles, so the two cannot disagree.
    /// </summary>
    public bool FastTrack81aPossible => Fees.Items.ContainsKey(FeeKind.FastTrack81a);

    /// <summary>The validity the office usually grants, in months; null where open-ended, permanent or not applicable.</summary>
    public required int? DefaultValidityMonths { get; init; }

    /// <summary>Produced as an electronic card (eAT) by the Bundesdruckerei, so express production and § 45c apply.</summary>
    public required bool IssuesEat { get; init; }

    public required FeeRule Fees { get; init; }

    /// <summary>Codes of <see cref="DocumentType"/>s the office asks for with a complete application.</summary>
    public required ImmutableArray<string> RequiredDocuments { get; init; }

    /// <summary>Why a value was chosen where the law leaves room; shown to caseworkers beside the checklist.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// Whether the BA consent fiction runs one week (§ 36(2) BeschV) instead of two: always for the Blue Card,
    /// and for fast-track titles when the case runs in the § 81a procedure. False where no consent is asked.
    /// </summary>
    public bool UsesShortenedBaFiction(bool inFastTrack81a) =>
        BaConsent != BaConsentRequirement.NotRequired && (ShortenedBaFiction || (inFastTrack81a && FastTrack81aPossible));
}
