namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// Every amount of one catalogue version, in euro cents, in one place: a fee change is a new table made
/// with <c>with { ... }</c> from the previous one, so the difference between versions reads as one line.
/// </summary>
internal sealed record FeeTable
{
    public required long NiederlassungserlaubnisCents { get; init; }            // § 44 Nr. 3
    public required long NiederlassungserlaubnisHighlyQualifiedCents { get; init; } // § 44 Nr. 1 (§ 18c(3))
    public required long NiederlassungserlaubnisSelfEmployedCents { get; init; }    // § 44 Nr. 2 (§ 21(4))
    public required long NiederlassungserlaubnisChildMinorCents { get; init; }      // § 50(1) S. 2 (§ 35)
    public required long DaueraufenthaltEuCents { get; init; }                   // § 44a
    public required long AufenthaltserlaubnisIssueCents { get; init; }           // § 45 Nr. 1
    public required long ExtensionUpTo3MonthsCents { get; init; }                // § 45 Nr. 2a
    public required long ExtensionOver3MonthsCents { get; init; }                // § 45 Nr. 2b
    public required long ChangeOfPurposeCents { get; init; }                     // § 45 Nr. 3
    public required long MobileIctIssueCents { get; init; }                      // § 45 Nr. 4
    public required long MobileIctExtensionCents { get; init; }                  // § 45 Nr. 5
    public required long NewCardCents { get; init; }                             // § 45c(1)
    public required long ExpressSurchargeCents { get; init; }                    // DOMAIN.md; provision not verified
    public required long FiktionsbescheinigungCents { get; init; }               // § 47(1) Nr. 8
    public required long VerpflichtungserklaerungCents { get; init; }            // § 47(1) Nr. 12
    public required long DuldungLabelCents { get; init; }                        // § 47(1) Nr. 5a
    public required long DuldungCarrierFormCents { get; init; }                  // § 47(1) Nr. 5b
    public required long DuldungRenewalLabelCents { get; init; }                 // § 47(1) Nr. 6a
    public required long DuldungRenewalCarrierFormCents { get; init; }           // § 47(1) Nr. 6b
    public required long FastTrackCents { get; init; }                           // § 47(1) Nr. 15
    public required IdCardFee IdCard { get; init; }                              // PAuswGebV, used by § 47(3), § 52a
}

/// <summary>The fee tables of the published versions.</summary>
internal static class FeeTables
{
    public static FeeTable V2026_01 { get; } = new()
    {
        NiederlassungserlaubnisCents = 113_00,
        NiederlassungserlaubnisHighlyQualifiedCents = 147_00,
        NiederlassungserlaubnisSelfEmployedCents = 124_00,
        NiederlassungserlaubnisChildMinorCents = 55_00,
        DaueraufenthaltEuCents = 109_00,
        AufenthaltserlaubnisIssueCents = 100_00,
        ExtensionUpTo3MonthsCents = 96_00,
        ExtensionOver3MonthsCents = 93_00,
        ChangeOfPurposeCents = 98_00,
        MobileIctIssueCents = 80_00,
        MobileIctExtensionCents = 70_00,
        NewCardCents = 67_00,
        ExpressSurchargeCents = 35_00,
        FiktionsbescheinigungCents = 13_00,
        VerpflichtungserklaerungCents = 29_00,
        DuldungLabelCents = 58_00,
        DuldungCarrierFormCents = 62_00,
        DuldungRenewalLabelCents = 33_00,
        DuldungRenewalCarrierFormCents = 37_00,
        FastTrackCents = 411_00,
        IdCard = new IdCardFee(37_00, 22_80, "Personalausweisgebühr bis 06.02.2026"),
    };

    /// <summary>The Personalausweis fee rose on 7 February 2026 (PAuswGebV): 46.00 EUR, under 24 years 27.60 EUR.</summary>
    public static FeeTable V2026_02 { get; } = V2026_01 with
    {
        IdCard = new IdCardFee(46_00, 27_60, "Personalausweisgebühr ab 07.02.2026"),
    };
}
