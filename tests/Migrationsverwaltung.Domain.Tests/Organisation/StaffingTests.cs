using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Organisation;
using static Migrationsverwaltung.Domain.Tests.Organisation.OfficeFixture;

namespace Migrationsverwaltung.Domain.Tests.Organisation;

public class StaffingTests
{
    [TestCase(Role.Sachbearbeitung)]
    [TestCase(Role.Teamleitung)]
    public void Given_a_team_When_a_caseworker_or_team_lead_is_appointed_to_it_Then_StaffMemberAppointed(Role role)
    {
        var events = Decide(new AppointStaffMember(OfficeId, Admin(), "sb-1", role, TeamA), WithTwoTeams());

        Assert.That(events, Is.EqualTo(new OfficeEvent[] { Appointed("sb-1", role, TeamA) }));
    }

    [TestCase(Role.Revision)]
    [TestCase(Role.Administration)]
    public void Given_an_office_When_an_auditor_or_administrator_is_appointed_without_a_team_Then_StaffMemberAppointed(Role role)
    {
        var events = Decide(new AppointStaffMember(OfficeId, Admin(), "rev-1", role, null), Established());

        Assert.That(events, Is.EqualTo(new OfficeEvent[] { Appointed("rev-1", role, null) }));
    }

    [TestCase(Role.Sachbearbeitung)]
    [TestCase(Role.Teamleitung)]
    public void Given_an_office_When_a_caseworker_or_team_lead_is_appointed_without_a_team_Then_it_is_refused(Role role)
    {
        Assert.That(() => Decide(new AppointStaffMember(OfficeId, Admin(), "tl-1", role, null), WithTwoTeams()),
            Refused("muss einem Team angehören"));
    }

    [TestCase(Role.Sachbearbeitung)]
    [TestCase(Role.Revision)]
    public void Given_an_office_When_someone_is_appointed_to_a_team_it_does_not_have_Then_it_is_refused(Role role)
    {
        Assert.That(() => Decide(new AppointStaffMember(OfficeId, Admin(), "sb-1", role, Guid.NewGuid()), WithTwoTeams()),
            Refused(OfficeMessages.NoSuchTeam));
    }

    [Test]
    public void Given_an_office_When_a_partner_is_appointed_as_staff_Then_it_is_refused()
    {
        Assert.That(() => Decide(new AppointStaffMember(OfficeId, Admin(), "partner-1", Role.Partner, TeamA), WithTwoTeams()),
            Refused("Partnerorganisationen"));
    }

    [Test]
    public void Given_an_office_When_someone_is_appointed_without_a_user_id_Then_it_is_refused()
    {
        Assert.That(() => Decide(new AppointStaffMember(OfficeId, Admin(), " ", Role.Sachbearbeitung, TeamA), WithTwoTeams()),
            Refused("Benutzerkennung"));
    }

    [Test]
    public void Given_a_caseworker_When_appointed_again_alike_Then_nothing_happens()
    {
        var given = WithTwoTeams(Appointed("sb-1", Role.Sachbearbeitung, TeamA));

        Assert.That(Decide(new AppointStaffMember(OfficeId, Admin(), "sb-1", Role.Sachbearbeitung, TeamA), given), Is.Empty);
    }

    [Test]
    public void Given_a_caseworker_When_appointed_again_to_another_team_Then_it_is_refused_with_a_hint_to_move()
    {
        var given = WithTwoTeams(Appointed("sb-1", Role.Sachbearbeitung, TeamA));

        Assert.That(() => Decide(new AppointStaffMember(OfficeId, Admin(), "sb-1", Role.Sachbearbeitung, TeamB), given), Refused("versetzen"));
    }

    [Test]
    public void Given_a_caseworker_When_appointed_again_in_another_role_Then_it_is_refused()
    {
        var given = WithTwoTeams(Appointed("sb-1", Role.Sachbearbeitung, TeamA));

        Assert.That(() => Decide(new AppointStaffMember(OfficeId, Admin(), "sb-1", Role.Teamleitung, TeamA), given),
            Refused("bereits als Sachbearbeitung"));
    }

    [Test]
    public void Given_a_former_caseworker_When_appointed_again_Then_StaffMemberAppointed()
    {
        var given = WithTwoTeams(Appointed("sb-1", Role.Sachbearbeitung, TeamA), new StaffMemberLeft(OfficeId, Now, AdminId, "sb-1", "Elternzeit"));

        var events = Decide(new AppointStaffMember(OfficeId, Admin(), "sb-1", Role.Teamleitung, TeamB), given);

        Assert.That(events, Is.EqualTo(new OfficeEvent[] { Appointed("sb-1", Role.Teamleitung, TeamB) }));
    }

    [Test]
    public void Given_a_caseworker_When_moved_to_another_team_with_a_reason_Then_StaffMemberMoved()
    {
        var given = WithTwoTeams(Appointed("sb-1", Role.Sachbearbeitung, TeamA));

        var events = Decide(new MoveStaffMember(OfficeId, Admin(" Rückstände in Team B "), "sb-1", TeamB), given);

        Assert.That(events, Is.EqualTo(new OfficeEvent[] { new StaffMemberMoved(OfficeId, Now, AdminId, "sb-1", TeamB, "Rückstände in Team B") }));
    }

    [Test]
    public void Given_a_caseworker_When_moved_without_a_reason_Then_it_is_refused()
    {
        var given = WithTwoTeams(Appointed("sb-1", Role.Sachbearbeitung, TeamA));

        Assert.That(() => Decide(new MoveStaffMember(OfficeId, Admin(), "sb-1", TeamB), given), Refused("Begründung"));
    }

    [Test]
    public void Given_a_caseworker_When_moved_to_the_team_they_are_in_Then_nothing_happens()
    {
        var given = WithTwoTeams(Appointed("sb-1", Role.Sachbearbeitung, TeamA));

        Assert.That(Decide(new MoveStaffMember(OfficeId, Admin(), "sb-1", TeamA), given), Is.Empty);
    }

    [Test]
    public void Given_a_caseworker_When_moved_to_a_team_the_office_does_not_have_Then_it_is_refused()
    {
        var given = WithTwoTeams(Appointed("sb-1", Role.Sachbearbeitung, TeamA));

        Assert.That(() => Decide(new MoveStaffMember(OfficeId, Admin("Umorganisation"), "sb-1", Guid.NewGuid()), given),
            Refused(OfficeMessages.NoSuchTeam));
    }

    [Test]
    public void Given_an_auditor_without_a_team_When_moved_into_a_team_Then_StaffMemberMoved()
    {
        var given = WithTwoTeams(Appointed("rev-1", Role.Revision, null));

        var events = Decide(new MoveStaffMember(OfficeId, Admin("Prüfung Team A"), "rev-1", TeamA), given);

        Assert.That(events, Is.EqualTo(new OfficeEvent[] { new StaffMemberMoved(OfficeId, Now, AdminId, "rev-1", TeamA, "Prüfung Team A") }));
    }

    [TestCase("never-appointed")]
    [TestCase("sb-gone")]
    public void Given_someone_not_on_staff_When_moved_Then_it_is_refused(string userId)
    {
        var given = WithTwoTeams(Appointed("sb-gone", Role.Sachbearbeitung, TeamA), new StaffMemberLeft(OfficeId, Now, AdminId, "sb-gone", "Ruhestand"));

        Assert.That(() => Decide(new MoveStaffMember(OfficeId, Admin("Umorganisation"), userId, TeamB), given),
            Refused("gehört nicht zum Personal"));
    }

    [Test]
    public void Given_a_caseworker_When_removed_with_a_reason_Then_StaffMemberLeft()
    {
        var given = WithTwoTeams(Appointed("sb-1", Role.Sachbearbeitung, TeamA));

        var events = Decide(new RemoveStaffMember(OfficeId, Admin("Ruhestand"), "sb-1"), given);

        Assert.That(events, Is.EqualTo(new OfficeEvent[] { new StaffMemberLeft(OfficeId, Now, AdminId, "sb-1", "Ruhestand") }));
    }

    [Test]
    public void Given_a_caseworker_When_removed_without_a_reason_Then_it_is_refused()
    {
        var given = WithTwoTeams(Appointed("sb-1", Role.Sachbearbeitung, TeamA));

        Assert.That(() => Decide(new RemoveStaffMember(OfficeId, Admin(), "sb-1"), given), Refused("Begründung"));
    }

    [Test]
    public void Given_a_former_caseworker_When_removed_again_Then_nothing_happens()
    {
        var given = WithTwoTeams(Appointed("sb-1", Role.Sachbearbeitung, TeamA), new StaffMemberLeft(OfficeId, Now, AdminId, "sb-1", "Ruhestand"));

        Assert.That(Decide(new RemoveStaffMember(OfficeId, Admin("Ruhestand"), "sb-1"), given), Is.Empty);
    }

    [Test]
    public void Given_someone_never_on_staff_When_removed_Then_it_is_refused()
    {
        Assert.That(() => Decide(new RemoveStaffMember(OfficeId, Admin("Ruhestand"), "nobody"), WithTwoTeams()), Refused("gehört nicht zum Personal"));
    }
}
