using Migrationsverwaltung.Domain.Organisation;
using static Migrationsverwaltung.Domain.Tests.Organisation.OfficeFixture;

namespace Migrationsverwaltung.Domain.Tests.Organisation;

public class FormingTeamsTests
{
    [Test]
    public void Given_an_established_office_When_a_team_is_formed_Then_TeamFormed_with_the_trimmed_name()
    {
        var events = Decide(new FormTeam(OfficeId, Admin(), TeamA, " Team A "), Established());

        Assert.That(events, Is.EqualTo(new OfficeEvent[] { Formed(TeamA, "Team A") }));
    }

    [Test]
    public void Given_a_team_When_formed_again_alike_Then_nothing_happens()
    {
        Assert.That(Decide(new FormTeam(OfficeId, Admin(), TeamA, "Team A"), WithTwoTeams()), Is.Empty);
    }

    [Test]
    public void Given_a_team_When_its_id_is_used_for_another_name_Then_it_is_refused()
    {
        Assert.That(() => Decide(new FormTeam(OfficeId, Admin(), TeamA, "Team C"), WithTwoTeams()), Refused("bereits für das Team „Team A“"));
    }

    [TestCase("Team B")]
    [TestCase("team b")]
    [TestCase(" TEAM B ")]
    public void Given_a_team_When_another_team_takes_its_name_in_any_case_Then_it_is_refused(string name)
    {
        Assert.That(() => Decide(new FormTeam(OfficeId, Admin(), Guid.NewGuid(), name), WithTwoTeams()), Refused("bereits ein Team"));
    }

    [Test]
    public void Given_an_established_office_When_a_team_has_no_name_Then_it_is_refused()
    {
        Assert.That(() => Decide(new FormTeam(OfficeId, Admin(), TeamA, " "), Established()), Refused("Namen"));
    }

    [Test]
    public void Given_an_established_office_When_a_team_has_the_empty_id_Then_it_is_refused()
    {
        Assert.That(() => Decide(new FormTeam(OfficeId, Admin(), Guid.Empty, "Team A"), Established()), Refused("Kennung"));
    }
}
