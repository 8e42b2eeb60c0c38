using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Organisation;
using NUnit.Framework.Constraints;

namespace Migrationsverwaltung.Domain.Tests.Organisation;

/// <summary>Krefeld's office with two teams, as the tests' "given".</summary>
internal static class OfficeFixture
{
    public static readonly Guid OfficeId = Guid.Parse("0a000000-0000-0000-0000-000000000001");
    public static readonly Guid TeamA = Guid.Parse("0a000000-0000-0000-0000-0000000000a1");
    public static readonly Guid TeamB = Guid.Parse("0a000000-0000-0000-0000-0000000000b2");
    public static readonly DateTimeOffset Now = BerlinClock.At(2026, 3, 4, 9);
    public const string AdminId = "admin-1";

    public static CommandContext Admin(string? reason = null) => new(new Actor(AdminId, Role.Administration, Guid.Empty), Now, reason);

    public static CommandContext As(Role role) => new(new Actor("someone", role, TeamA), Now);

    public static OfficeEstablished Established() => new(OfficeId, Now, AdminId, "05114000", "ABH", "Ausländerbehörde Krefeld");

    public static TeamFormed Formed(Guid teamId, string name) => new(OfficeId, Now, AdminId, teamId, name);

    public static StaffMemberAppointed Appointed(string userId, Role role, Guid? teamId) => new(OfficeId, Now, AdminId, userId, role, teamId);

    /// <summary>Established, with "Team A" (TeamA) and "Team B" (TeamB).</summary>
    public static OfficeEvent[] WithTwoTeams(params OfficeEvent[] more) =>
        [Established(), Formed(TeamA, "Team A"), Formed(TeamB, "Team B"), .. more];

    public static IReadOnlyList<OfficeEvent> Decide(OfficeCommand command, params OfficeEvent[] given) =>
        OfficeDecider.Decide(command, OfficeEvolution.Replay(given));

    public static IResolveConstraint Refused(string messagePart) => Throws.TypeOf<RuleViolation>().With.Message.Contains(messagePart);
}
