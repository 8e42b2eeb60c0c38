using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Tests.Cases.Support;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.CaseSpecification;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.Staff;

namespace Migrationsverwaltung.Domain.Tests.Cases;

/// <summary>A rejection takes effect only after a team lead other than the proposer approves it.</summary>
public class FourEyesTests
{
    private static readonly Guid C = Ids.Case;

    [Test]
    public void Given_a_team_lead_proposed_the_rejection_When_another_team_lead_approves_Then_the_case_is_rejected()
    {
        var story = Stories.InReview();

        var state = Given(story).When(new ApproveRejection(C, story.Context(OtherTeamLead))).Then(new CaseRejected(C, story.Now, "tl-2", "tl-1"));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.Rejected));
    }

    [Test]
    public void Given_a_team_lead_proposed_the_rejection_When_the_same_team_lead_approves_Then_it_is_refused()
    {
        var story = Stories.InReview();

        Given(story).When(new ApproveRejection(C, story.Context(TeamLead)))
            .ThenViolation("Vier-Augen-Prinzip: Wer die Ablehnung vorschlägt, kann sie nicht selbst freigeben.");
    }

    [Test]
    public void Given_a_proposal_When_a_caseworker_approves_Then_it_is_refused()
    {
        var story = Stories.InReview();

        Given(story).When(new ApproveRejection(C, story.Context(OtherCaseworker)))
            .ThenViolation("Eine Ablehnung muss von der Teamleitung freigegeben werden.");
    }

    [Test]
    public void Given_a_caseworker_proposed_the_rejection_When_a_team_lead_approves_Then_the_case_is_rejected()
    {
        var story = Stories.HearingPending().HearingStatementReceived().RejectionProposed(Caseworker);

        Given(story).When(new ApproveRejection(C, story.Context(TeamLead))).Then(new CaseRejected(C, story.Now, "tl-1", "sb-1"));
    }

    [Test]
    public void Given_a_proposal_When_a_team_lead_returns_it_with_a_reason_Then_the_case_is_ready_for_decision_again()
    {
        var story = Stories.InReview();

        var state = Given(story).When(new ReturnRejectionProposal(C, story.Context(OtherTeamLead, "Einkommen des Ehegatten nicht berücksichtigt")))
            .Then(new RejectionProposalReturned(C, story.Now, "tl-2", "Einkommen des Ehegatten nicht berücksichtigt"));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.ReadyForDecision));
        Assert.That(state.RejectionProposedBy, Is.Null);
    }

    [Test]
    public void Given_a_proposal_When_a_caseworker_returns_it_Then_it_is_refused()
    {
        var story = Stories.InReview();

        Given(story).When(new ReturnRejectionProposal(C, story.Context(Caseworker, "zu streng")))
            .ThenViolation("Nur die Teamleitung kann einen Ablehnungsvorschlag zurückgeben.");
    }

    [Test]
    public void Given_a_proposal_When_it_is_returned_without_a_reason_Then_it_is_refused()
    {
        var story = Stories.InReview();

        Given(story).When(new ReturnRejectionProposal(C, story.Context(OtherTeamLead))).ThenViolation("Begründung erforderlich");
    }

    [Test]
    public void Given_a_proposal_in_review_When_the_title_is_granted_directly_Then_it_is_refused_until_the_proposal_is_returned()
    {
        var story = Stories.InReview();

        Given(story).When(new Grant(C, story.Context(OtherTeamLead), Stories.GrantedUntil))
            .ThenViolation("„Titel erteilen“ ist im Verfahrensstand „in Vier-Augen-Prüfung“ nicht möglich.");
    }
}
