using Migrationsverwaltung.Domain.Catalogue;

namespace Migrationsverwaltung.Cli.Seeding;

/// <summary>
/// The workload figures of ../shared/DOMAIN.md ("Workload figures for simulations", estimates) as the simulation uses
/// them. Where DOMAIN.md gives no figure (the title mix, the share of each fate), the value is our estimate, marked so.
/// </summary>
internal static class Workload
{
    /// <summary>A mid-size office like Krefeld: 10,000–12,000 title cases a year.</summary>
    public const int KrefeldCasesPerYear = 11_000;

    /// <summary>25–35 caseworkers for Krefeld's 11,000 cases: about 370 cases a year per caseworker.</summary>
    public const int CasesPerCaseworkerAndYear = 370;

    public const int CaseworkersPerTeam = 8;

    /// <summary>0–2 missing-document rounds per case, 2–4 weeks each (estimate of the split: 55 % none, 35 % one, 10 % two).</summary>
    public static readonly (int Rounds, double Weight)[] DocumentRounds = [(0, 0.55), (1, 0.35), (2, 0.10)];

    /// <summary>Rejections "in the low single-digit percent"; withdrawals and settlements are our estimate.</summary>
    public const double Rejected = 0.03;
    public const double Withdrawn = 0.025;
    public const double Settled = 0.01;
    public const double Parked = 0.03;

    /// <summary>BA answers mostly within 14 days; a few not at all (consent then deemed given); refusals are rare.</summary>
    public const double BaAnswersInTime = 0.9;
    public const double BaRefuses = 0.03;

    /// <summary>Security check 1–10 days; AZR and security checks are not asked in every case (estimate).</summary>
    public const double SecurityCheck = 0.5;
    public const double AzrQuery = 0.2;

    /// <summary>eAT production 7–35 days, median about 21.</summary>
    public const int EatProductionMedianDays = 21;

    public const double ExpressProduction = 0.05;
    public const double DirectDispatch = 0.1;

    /// <summary>Persons already living here before the simulated years start: they come for an extension (estimate).</summary>
    public const double AlreadyResident = 0.55;

    /// <summary>The title mix by category (estimate; DOMAIN.md gives none): family and employment lead, then humanitarian.</summary>
    public static readonly (TitleCategory Category, double Weight)[] Categories =
    [
        (TitleCategory.Family, 0.25), (TitleCategory.Employment, 0.2), (TitleCategory.EuBlueCard, 0.03), (TitleCategory.Ict, 0.01), (TitleCategory.Humanitarian, 0.2), (TitleCategory.Education, 0.11),
        (TitleCategory.Permanent, 0.1), (TitleCategory.NonTitle, 0.07), (TitleCategory.Special, 0.03),
    ];

    /// <summary>Office sizes differ: weights fall as 1/rank^0.8, so of 20 offices the 5th is Krefeld-sized at 1,000,000 cases in 5 years.</summary>
    public static double OfficeWeight(int rank) => Math.Pow(rank + 1, -0.8);
}
