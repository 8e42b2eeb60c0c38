using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Tests.Cases.Support;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.CaseSpecification;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.Staff;

namespace Migrationsverwaltung.Domain.Tests.Cases;

/// <summary>Any open case: withdrawn, settled, parked and resumed, assigned and reassigned.</summary>
public class LifecycleTests
{
    private static readonly Guid C = Ids.Case;

    [Test]
    public void Given_an_open_case_When_the_applicant_withdraws_Then_it_is_withdrawn_without_a_reason()
    {
        var story = Stories.DocumentsRequested();

        var state = Given(story).When(new Withdraw(C, story.Context(), OnApplicantsBehalf: false)).Then(new CaseWithdrawn(C, story.Now, "sb-1", false, null));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.Withdrawn));
    }

    [Test]
    public void Given_an_open_case_When_the_office_withdraws_on_the_applicants_behalf_Then_a_reason_is_required()
    {
        var story = Stories.ParticipationOpen();

        Given(story).When(new Withdraw(C, story.Context(), OnApplicantsBehalf: true))
            .ThenViolation("Für „Rücknahme im Namen der antragstellenden Person“ ist eine Begründung erforderlich.");
        Given(story).When(new Withdraw(C, story.Context(reason: "telefonisch erklärt, Vermerk vom 02.03."), OnApplicantsBehalf: true))
            .Then(new CaseWithdrawn(C, story.Now, "sb-1", true, "telefonisch erklärt, Vermerk vom 02.03."));
    }

    [Test]
    public void Given_a_granted_case_When_the_applicant_withdraws_Then_it_is_refused()
    {
        var story = Stories.Granted();

        Given(story).When(new Withdraw(C, story.Context(), false)).ThenViolation("„Antrag zurücknehmen“ ist im Verfahrensstand „stattgegeben“ nicht möglich.");
    }

    [Test]
    public void Given_a_parked_case_When_the_applicant_withdraws_Then_it_is_withdrawn()
    {
        var story = Stories.Parked();

        Given(story).When(new Withdraw(C, story.Context(), false)).Then(new CaseWithdrawn(C, story.Now, "sb-1", false, null));
    }

    [Test]
    public void Given_an_open_case_When_the_applicant_moves_away_Then_it_is_settled_naming_the_new_office()
    {
        var story = Stories.ReadyForDecision();

        var state = Given(story).When(new Settle(C, story.Context(), SettlementKind.MovedAway, "ABH Köln"))
            .Then(new CaseSettled(C, story.Now, "sb-1", SettlementKind.MovedAway, "ABH Köln"));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.Settled));
        Given(story).When(new Settle(C, story.Context(), SettlementKind.MovedAway, null))
            .ThenViolation("Bei Wegzug muss die neue zuständige Ausländerbehörde angegeben werden.");
    }

    [TestCase(SettlementKind.Died)]
    [TestCase(SettlementKind.Naturalised)]
    public void Given_a_card_in_production_When_the_applicant_dies_or_is_naturalised_Then_it_is_settled(SettlementKind kind)
    {
        var story = Stories.EatInProduction();

        Given(story).When(new Settle(C, story.Context(), kind, null)).Then(new CaseSettled(C, story.Now, "sb-1", kind, null));
    }

    [Test]
    public void Given_a_closed_case_When_it_is_settled_Then_it_is_refused()
    {
        var story = Stories.Closed();

        Given(story).When(new Settle(C, story.Context(), SettlementKind.Died, null))
            .ThenViolation("„Verfahren erledigen“ ist im Verfahrensstand „zu den Akten“ nicht möglich.");
    }

    [Test]
    public void Given_an_open_case_When_it_is_parked_with_a_reason_Then_it_keeps_its_place_in_the_procedure()
    {
        var story = Stories.ParticipationOpen();

        var state = Given(story).When(new Park(C, story.Context(reason: "Pass abgelaufen")))
            .Then(new CaseParked(C, story.Now, "sb-1", "Pass abgelaufen"));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.Parked));
        Assert.That(state.PhaseStatus, Is.EqualTo(CaseStatus.Participation));
    }

    [Test]
    public void Given_an_open_case_When_it_is_parked_without_a_reason_Then_it_is_refused()
    {
        var story = Stories.ParticipationOpen();

        Given(story).When(new Park(C, story.Context())).ThenViolation("Für „Zurückstellen“ ist eine Begründung erforderlich.");
    }

    [Test]
    public void Given_a_parked_case_When_it_is_parked_again_Then_nothing_happens()
    {
        var story = Stories.Parked();

        Given(story).When(new Park(C, story.Context(reason: "Pass abgelaufen"))).ThenNothing();
    }

    [Test]
    public void Given_a_parked_case_When_it_is_resumed_Then_it_returns_to_where_it_was()
    {
        var story = Stories.Parked();

        var state = Given(story).When(new Resume(C, story.Context())).Then(new CaseResumed(C, story.Now, "sb-1"));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.Participation));
        Assert.That(state.ParkedFrom, Is.Null);
    }

    [Test]
    public void Given_a_parked_case_When_the_procedure_is_continued_Then_it_must_be_resumed_first()
    {
        var story = Stories.AppearanceReady().Parked();

        Given(story).When(new CompleteAppearance(C, story.Context()))
            .ThenViolation("Das Verfahren ist zurückgestellt; nehmen Sie es zuerst wieder auf.");
    }

    [Test]
    public void Given_an_open_case_When_it_is_resumed_Then_it_is_refused()
    {
        var story = Stories.ReadyForDecision();

        Given(story).When(new Resume(C, story.Context())).ThenViolation("„wieder aufnehmen“ ist im Verfahrensstand „entscheidungsreif“ nicht möglich.");
    }

    [Test]
    public void Given_an_unassigned_case_When_it_is_assigned_Then_no_reason_is_needed()
    {
        var story = Stories.Registered();

        var state = Given(story).When(new AssignCase(C, story.Context(TeamLead), "sb-1", TeamA))
            .Then(new CaseAssigned(C, story.Now, "tl-1", "sb-1", TeamA, null));

        Assert.That(state.Caseworker, Is.EqualTo("sb-1"));
    }

    [Test]
    public void Given_an_assigned_case_When_the_same_assignment_arrives_Then_nothing_happens()
    {
        var story = Stories.Registered().Assigned("sb-1", TeamA);

        Given(story).When(new AssignCase(C, story.Context(TeamLead), "sb-1", TeamA)).ThenNothing();
    }

    [Test]
    public void Given_an_assigned_case_When_it_is_reassigned_Then_a_reason_is_required()
    {
        var story = Stories.Registered().Assigned("sb-1", TeamA);

        Given(story).When(new AssignCase(C, story.Context(TeamLead), "sb-2", TeamA)).ThenViolation("Für „Umverteilung“ ist eine Begründung erforderlich.");
        Given(story).When(new AssignCase(C, story.Context(TeamLead, "Urlaubsvertretung"), "sb-2", TeamA))
            .Then(new CaseAssigned(C, story.Now, "tl-1", "sb-2", TeamA, "Urlaubsvertretung"));
    }

    [Test]
    public void Given_a_case_of_team_A_When_it_moves_to_team_B_Then_a_reason_is_required_even_if_nobody_had_it()
    {
        var story = Stories.Registered();

        Given(story).When(new AssignCase(C, story.Context(TeamLead), null, TeamB)).ThenViolation("Umverteilung");
        Given(story).When(new AssignCase(C, story.Context(TeamLead, "Zuständigkeit nach Buchstaben"), null, TeamB))
            .Then(new CaseAssigned(C, story.Now, "tl-1", null, TeamB, "Zuständigkeit nach Buchstaben"));
    }

    [Test]
    public void Given_a_closed_case_When_it_is_assigned_Then_it_is_refused()
    {
        var story = Stories.Closed();

        Given(story).When(new AssignCase(C, story.Context(TeamLead), "sb-2", TeamA)).ThenViolation("„zuweisen“ ist im Verfahrensstand „zu den Akten“ nicht möglich.");
    }
}
