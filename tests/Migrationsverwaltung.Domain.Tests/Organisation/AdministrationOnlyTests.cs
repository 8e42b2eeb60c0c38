using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Organisation;
using static Migrationsverwaltung.Domain.Tests.Organisation.OfficeFixture;

namespace Migrationsverwaltung.Domain.Tests.Organisation;

public class AdministrationOnlyTests
{
    private static readonly Role[] OtherRoles = [Role.Sachbearbeitung, Role.Teamleitung, Role.Revision, Role.Partner];

    private static IEnumerable<TestCaseData> CommandsByOtherRoles() =>
        from role in OtherRoles
        from command in new OfficeCommand[]
        {
            new EstablishOffice(OfficeId, As(role), "05114000", "ABH", "Ausländerbehörde Krefeld"),
            new FormTeam(OfficeId, As(role), Guid.NewGuid(), "Team C"),
            new AppointStaffMember(OfficeId, As(role), "sb-9", Role.Sachbearbeitung, TeamA),
            new MoveStaffMember(OfficeId, As(role) with { Reason = "Umorganisation" }, "sb-1", TeamB),
            new RemoveStaffMember(OfficeId, As(role) with { Reason = "Ruhestand" }, "sb-1"),
        }
        select new TestCaseData(command).SetArgDisplayNames($"{role}: {command.GetType().Name}");

    [TestCaseSource(nameof(CommandsByOtherRoles))]
    public void Given_an_office_with_staff_When_someone_outside_the_administration_changes_it_Then_it_is_refused(OfficeCommand command)
    {
        var given = WithTwoTeams(Appointed("sb-1", Role.Sachbearbeitung, TeamA));

        Assert.That(() => Decide(command, given), Throws.TypeOf<RuleViolation>().With.Message.EqualTo(OfficeMessages.AdministrationOnly));
    }

    [Test]
    public void Given_an_established_office_When_a_team_lead_repeats_an_administrators_command_Then_it_is_still_refused()
    {
        var given = WithTwoTeams();

        Assert.That(() => Decide(new FormTeam(OfficeId, As(Role.Teamleitung), TeamA, "Team A"), given),
            Throws.TypeOf<RuleViolation>().With.Message.EqualTo(OfficeMessages.AdministrationOnly));
    }
}
