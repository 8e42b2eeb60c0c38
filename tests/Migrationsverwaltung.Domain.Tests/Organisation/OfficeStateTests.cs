using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Organisation;
using static Migrationsverwaltung.Domain.Tests.Organisation.OfficeFixture;

namespace Migrationsverwaltung.Domain.Tests.Organisation;

/// <summary>What handlers ask the office: may this user act on that team's cases, lead that team, act in this role?</summary>
public class OfficeStateTests
{
    private static Office Krefeld(params OfficeEvent[] more) => OfficeEvolution.Replay(WithTwoTeams(
    [
        Appointed("sb-a", Role.Sachbearbeitung, TeamA),
        Appointed("tl-a", Role.Teamleitung, TeamA),
        Appointed("rev-1", Role.Revision, null),
        .. more,
    ]));

    [Test]
    public void Given_an_established_office_Then_its_code_prefix_name_and_teams_are_known()
    {
        var office = Krefeld();

        Assert.That(office.IsEstablished, Is.True);
        Assert.That(office.Id, Is.EqualTo(OfficeId));
        Assert.That((office.AuthorityCode, office.FileNumberPrefix, office.Name), Is.EqualTo(("05114000", "ABH", "Ausländerbehörde Krefeld")));
        Assert.That(office.Teams.Keys, Is.EquivalentTo(new[] { TeamA, TeamB }));
        Assert.That(office.TeamNamed("team a")?.Id, Is.EqualTo(TeamA));
    }

    [Test]
    public void Given_a_caseworker_of_team_A_Then_they_work_on_team_A_cases_only()
    {
        var office = Krefeld();

        Assert.That(office.WorksOnCasesOf("sb-a", TeamA), Is.True);
        Assert.That(office.WorksOnCasesOf("sb-a", TeamB), Is.False);
        Assert.That(office.IsTeamLeadOf("sb-a", TeamA), Is.False);
    }

    [Test]
    public void Given_the_team_lead_of_team_A_Then_they_lead_team_A_and_work_on_its_cases_but_not_team_B()
    {
        var office = Krefeld();

        Assert.That(office.IsTeamLeadOf("tl-a", TeamA), Is.True);
        Assert.That(office.IsTeamLeadOf("tl-a", TeamB), Is.False);
        Assert.That(office.WorksOnCasesOf("tl-a", TeamA), Is.True);
    }

    [Test]
    public void Given_an_auditor_Then_they_work_on_no_team_cases_and_lead_no_team()
    {
        var office = Krefeld(new StaffMemberMoved(OfficeId, Now, AdminId, "rev-1", TeamA, "Prüfung"));

        Assert.That(office.WorksOnCasesOf("rev-1", TeamA), Is.False);
        Assert.That(office.IsTeamLeadOf("rev-1", TeamA), Is.False);
    }

    [Test]
    public void Given_a_caseworker_moved_to_team_B_Then_they_work_on_team_B_cases_and_no_longer_on_team_A()
    {
        var office = Krefeld(new StaffMemberMoved(OfficeId, Now, AdminId, "sb-a", TeamB, "Rückstände"));

        Assert.That(office.WorksOnCasesOf("sb-a", TeamB), Is.True);
        Assert.That(office.WorksOnCasesOf("sb-a", TeamA), Is.False);
        Assert.That(office.MembersOf(TeamB).Select(m => m.UserId), Is.EqualTo(new[] { "sb-a" }));
    }

    [Test]
    public void Given_a_team_lead_who_left_Then_they_lead_nothing_and_stay_listed_as_former_staff()
    {
        var office = Krefeld(new StaffMemberLeft(OfficeId, Now, AdminId, "tl-a", "Ruhestand"));

        Assert.That(office.IsTeamLeadOf("tl-a", TeamA), Is.False);
        Assert.That(office.WorksOnCasesOf("tl-a", TeamA), Is.False);
        Assert.That(office.ActiveMember("tl-a"), Is.Null);
        Assert.That(office.Staff["tl-a"].LeftAt, Is.EqualTo(Now));
        Assert.That(office.MembersOf(TeamA).Select(m => m.UserId), Is.EqualTo(new[] { "sb-a" }));
    }

    [Test]
    public void Given_staff_Then_the_office_confirms_an_actor_only_in_the_role_and_team_it_knows()
    {
        var office = Krefeld();

        Assert.That(office.Confirms(new Actor("sb-a", Role.Sachbearbeitung, TeamA)), Is.True);
        Assert.That(office.Confirms(new Actor("rev-1", Role.Revision, Guid.Empty)), Is.True);
        Assert.That(office.Confirms(new Actor("sb-a", Role.Teamleitung, TeamA)), Is.False);
        Assert.That(office.Confirms(new Actor("sb-a", Role.Sachbearbeitung, TeamB)), Is.False);
        Assert.That(office.Confirms(new Actor("stranger", Role.Sachbearbeitung, TeamA)), Is.False);
    }
}
