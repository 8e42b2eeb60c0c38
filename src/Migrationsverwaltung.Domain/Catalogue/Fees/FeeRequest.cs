namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// What is being charged and the facts about the applicant that change the amount. The age is asked only
/// where the law steps by it (§ 52a, Aufenthaltskarte: under 24); minority alone decides § 50.
/// </summary>
public sealed record FeeRequest(FeeKind Kind)
{
    public bool ApplicantIsMinor { get; init; }

    public FeeExemption Exemption { get; init; } = FeeExemption.None;

    /// <summary>Age in full years on the day of the application; required for § 52a and the Aufenthaltskarte.</summary>
    public int? AgeAtApplication { get; init; }

    /// <summary>The applicant asked for express production of the eAT.</summary>
    public bool ExpressProduction { get; init; }

    /// <summary>An extension, charged by the length of the further stay (§ 45 Nr. 2 AufenthV).</summary>
    public static FeeRequest Extension(int furtherMonths) => new(FeeKinds.ExtensionFor(furtherMonths));
}
