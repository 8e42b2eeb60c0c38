using System.Collections.Immutable;

namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// How a title is charged in one catalogue version. Everything <see cref="FeeCalculator"/> needs is here, so a
/// case that keeps its <see cref="TitleDefinition"/> keeps its amounts, however later versions change.
/// </summary>
public sealed record FeeRule
{
    /// <summary>The acts this title can be charged for; any other kind is refused.</summary>
    public required ImmutableSortedDictionary<FeeKind, FeeItem> Items { get; init; }

    /// <summary>The Personalausweis fee of this version (for § 52a and age-stepped rules).</summary>
    public required IdCardFee IdCardFee { get; init; }

    /// <summary>Surcharge for express production of the eAT; null where no card is produced.</summary>
    public FeeItem? ExpressSurcharge { get; init; }

    /// <summary>A fixed minors' amount replacing the half (§ 50(1) sentence 2 AufenthV: NE § 35 costs 55 EUR).</summary>
    public FeeItem? MinorIssue { get; init; }

    /// <summary>
    /// True where the fee is charged under the AufenthV's Chapter 3: only then do § 50 (minors), § 52 and § 52a apply.
    /// False for the Aufenthaltskarte, whose fee already steps by age, and for free certificates.
    /// </summary>
    public bool UnderAufenthVReliefs { get; init; } = true;

    /// <summary>True where the amount is the Personalausweis fee for the applicant's age (Aufenthaltskarte).</summary>
    public bool ChargedAtIdCardRate { get; init; }
}
