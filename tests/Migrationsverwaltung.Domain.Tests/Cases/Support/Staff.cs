using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Tests.Cases.Support;

/// <summary>The people in the tests: two caseworkers and two team leads of team A, and a second team.</summary>
public static class Staff
{
    public static readonly Guid TeamA = Guid.Parse("7ea30000-0000-0000-0000-00000000000a");
    public static readonly Guid TeamB = Guid.Parse("7ea30000-0000-0000-0000-00000000000b");

    public static readonly Actor Caseworker = new("sb-1", Role.Sachbearbeitung, TeamA);
    public static readonly Actor OtherCaseworker = new("sb-2", Role.Sachbearbeitung, TeamA);
    public static readonly Actor TeamLead = new("tl-1", Role.Teamleitung, TeamA);
    public static readonly Actor OtherTeamLead = new("tl-2", Role.Teamleitung, TeamA);
}

/// <summary>Fixed ids, so that expected events can be written out in full.</summary>
public static class Ids
{
    public static readonly Guid Case = Guid.Parse("ca5e0000-0000-0000-0000-000000000001");
    public static readonly Guid Person = Guid.Parse("9e450000-0000-0000-0000-000000000001");
    public static readonly Guid Office = Guid.Parse("0ff1ce00-0000-0000-0000-000000000001");
    public static readonly Guid AppearanceFee = Guid.Parse("fee00000-0000-0000-0000-000000000001");
    public static readonly Guid CertificateFee = Guid.Parse("fee00000-0000-0000-0000-000000000002");
    public static readonly Guid RecognitionOffice = Guid.Parse("0b0d1e00-0000-0000-0000-000000000001");

    public const string FileNumber = "ABH-2026-000123";
    public const string TokenHash = "5d41402abc4b2a76b9719d911017c592";
    public const string CertificateNumber = "FB-2026-0042";
}
