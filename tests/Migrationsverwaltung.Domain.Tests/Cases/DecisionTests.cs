using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Tests.Cases.Support;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.CaseSpecification;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.Staff;

namespace Migrationsverwaltung.Domain.Tests.Cases;

/// <summary>Grant, or intent to reject → hearing (§28 VwVfG) → proposal → four-eyes approval → notice → remedy → final.</summary>
public class DecisionTests
{
    private static readonly Guid C = Ids.Case;
    private const string Reasons = "Lebensunterhalt nicht gesichert (§ 5 Abs. 1 Nr. 1 AufenthG)";

    /// <summary>The documents deadline ran out with the security check still open: on to the decision on the file as it stands.</summary>
    private static CaseStory ProceededWithSecurityCheckOpen() =>
        Stories.InCompletenessCheck().SecurityCheckRequested().DocumentsRequested(Stories.DocumentDeadline, "PASS")
            .At(new DateTimeOffset(2026, 3, 17, 9, 0, 0, TimeSpan.FromHours(1))).ProceededWithoutDocuments("Pass nicht vorgelegt");

    [Test]
    public void Given_ready_for_decision_When_the_title_is_granted_Then_the_case_is_granted_until_the_given_day()
    {
        var story = Stories.ReadyForDecision();

        var state = Given(story).When(new Grant(C, story.Context(), Stories.GrantedUntil)).Then(new CaseGranted(C, story.Now, "sb-1", Stories.GrantedUntil));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.Granted));
        Assert.That(state.GrantedValidUntil, Is.EqualTo(Stories.GrantedUntil));
    }

    [Test]
    public void Given_a_hearing_When_the_statement_convinces_the_office_Then_the_title_can_still_be_granted()
    {
        var story = Stories.HearingPending().HearingStatementReceived();

        Given(story).When(new Grant(C, story.Context(), Stories.GrantedUntil)).Then(new CaseGranted(C, story.Now, "sb-1", Stories.GrantedUntil));
    }

    [Test]
    public void Given_a_participation_still_open_When_the_title_is_granted_Then_it_is_refused_because_participations_are_open()
    {
        var story = ProceededWithSecurityCheckOpen();

        Given(story).When(new Grant(C, story.Context(), Stories.GrantedUntil))
            .ThenViolation("Eine Entscheidung ist erst möglich, wenn alle Beteiligungen abgeschlossen sind.");
    }

    [Test]
    public void Given_a_participation_still_open_When_the_rejection_is_approved_Then_it_is_refused_because_participations_are_open()
    {
        var story = ProceededWithSecurityCheckOpen()
            .IntentToReject(new DateOnly(2026, 3, 31)).HearingStatementReceived().RejectionProposed(TeamLead);

        Given(story).When(new ApproveRejection(C, story.Context(OtherTeamLead)))
            .ThenViolation("Eine Entscheidung ist erst möglich, wenn alle Beteiligungen abgeschlossen sind.");
    }

    [Test]
    public void Given_the_BA_refused_When_the_title_is_granted_Then_it_is_refused()
    {
        var story = Stories.ParticipationOpen().BaAnswered(BaOutcome.Refused)
            .SecurityCheckCompleted(SecurityCheckOutcome.NoFindings).AzrAnswered().OtherAnswered(Ids.RecognitionOffice).ReadyForDecision();

        Given(story).When(new Grant(C, story.Context(), Stories.GrantedUntil)).ThenViolation("hat die Zustimmung versagt");
    }

    [Test]
    public void Given_no_appearance_When_the_title_is_granted_on_the_file_as_it_stands_Then_it_is_refused()
    {
        var story = ProceededWithSecurityCheckOpen().SecurityCheckCompleted(SecurityCheckOutcome.NoFindings);

        Given(story).When(new Grant(C, story.Context(), Stories.GrantedUntil)).ThenViolation("erst nach abgeschlossener Vorsprache erteilt");
    }

    [Test]
    public void Given_ready_for_decision_When_a_title_is_granted_that_ends_today_Then_it_is_refused()
    {
        var story = Stories.ReadyForDecision();

        Given(story).When(new Grant(C, story.Context(), story.Today)).ThenViolation("Die Gültigkeit des Titels muss in der Zukunft enden.");
    }

    [Test]
    public void Given_ready_for_decision_When_the_intent_to_reject_is_announced_Then_the_hearing_runs_until_its_deadline()
    {
        var story = Stories.ReadyForDecision();
        var deadline = new DateOnly(2026, 3, 30);

        var state = Given(story).When(new AnnounceIntentToReject(C, story.Context(reason: Reasons), deadline))
            .Then(new IntentToRejectAnnounced(C, story.Now, "sb-1", Ids.Person, Reasons, deadline));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.HearingPending));
        Assert.That(state.HearingDeadline, Is.EqualTo(deadline));
    }

    [Test]
    public void Given_ready_for_decision_When_the_intent_to_reject_gives_no_reasons_Then_it_is_refused()
    {
        var story = Stories.ReadyForDecision();

        Given(story).When(new AnnounceIntentToReject(C, story.Context(), new DateOnly(2026, 3, 30)))
            .ThenViolation("Für „Anhörung vor Ablehnung“ ist eine Begründung erforderlich.");
    }

    [Test]
    public void Given_ready_for_decision_When_the_hearing_deadline_is_today_Then_it_is_refused()
    {
        var story = Stories.ReadyForDecision();

        Given(story).When(new AnnounceIntentToReject(C, story.Context(reason: Reasons), story.Today))
            .ThenViolation("Die Anhörungsfrist muss in der Zukunft liegen.");
    }

    [Test]
    public void Given_a_hearing_When_the_statement_arrives_Then_it_is_recorded_once()
    {
        var story = Stories.HearingPending();

        Given(story).When(new RecordHearingStatement(C, story.Context())).Then(new HearingStatementReceived(C, story.Now, "sb-1"));
        Given(story.HearingStatementReceived()).When(new RecordHearingStatement(C, story.Context())).ThenNothing();
    }

    [Test]
    public void Given_the_statement_received_When_the_rejection_is_proposed_with_reasons_Then_it_goes_to_review()
    {
        var story = Stories.HearingPending().HearingStatementReceived();

        var state = Given(story).When(new ProposeRejection(C, story.Context(reason: Reasons)))
            .Then(new RejectionProposed(C, story.Now, "sb-1", Ids.Person, Reasons));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.InReview));
        Assert.That(state.RejectionProposedBy, Is.EqualTo("sb-1"));
    }

    [Test]
    public void Given_no_statement_and_the_hearing_deadline_running_When_the_rejection_is_proposed_Then_it_is_refused()
    {
        var story = Stories.HearingPending();
        var lastMinute = new DateTimeOffset(2026, 3, 16, 23, 59, 0, TimeSpan.FromHours(1));

        Given(story).When(new ProposeRejection(C, story.ContextAt(lastMinute, reason: Reasons)))
            .ThenViolation("erst nach der Stellungnahme oder nach Ablauf der Anhörungsfrist");
    }

    [Test]
    public void Given_no_statement_and_the_hearing_deadline_passed_When_the_rejection_is_proposed_Then_it_goes_to_review()
    {
        var story = Stories.HearingPending();
        var midnight = new DateTimeOffset(2026, 3, 17, 0, 0, 0, TimeSpan.FromHours(1));

        Given(story).When(new ProposeRejection(C, story.ContextAt(midnight, reason: Reasons)))
            .Then(new RejectionProposed(C, midnight, "sb-1", Ids.Person, Reasons));
    }

    [Test]
    public void Given_the_statement_received_When_the_rejection_is_proposed_without_reasons_Then_it_is_refused()
    {
        var story = Stories.HearingPending().HearingStatementReceived();

        Given(story).When(new ProposeRejection(C, story.Context())).ThenViolation("Für „Ablehnung“ ist eine Begründung erforderlich.");
    }

    [Test]
    public void Given_a_rejection_When_the_notice_is_served_Then_the_service_day_and_the_instructions_are_recorded_once()
    {
        var story = Stories.Rejected().At(new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.FromHours(1)));
        var servedOn = new DateOnly(2026, 3, 4);

        var state = Given(story).When(new ServeNotice(C, story.Context(), servedOn, WithInstructionsOnRemedies: true))
            .Then(new NoticeServed(C, story.Now, "sb-1", servedOn, true));

        Assert.That(state.NoticeServedOn, Is.EqualTo(servedOn));
        Given(Stories.NoticeServed()).When(new ServeNotice(C, story.Context(), servedOn, true))
            .ThenViolation("„Bescheid zustellen“ ist im Verfahrensstand „abgelehnt“ nicht möglich.");
    }

    [Test]
    public void Given_a_rejection_on_2026_03_02_When_a_service_before_it_or_in_the_future_is_recorded_Then_it_is_refused()
    {
        var story = Stories.Rejected().At(new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.FromHours(1)));

        Given(story).When(new ServeNotice(C, story.Context(), new DateOnly(2026, 3, 1), true))
            .ThenViolation("Der Bescheid kann nicht vor der Entscheidung zugestellt worden sein.");
        Given(story).When(new ServeNotice(C, story.Context(), new DateOnly(2026, 3, 6), true))
            .ThenViolation("Eine Zustellung in der Zukunft kann nicht erfasst werden.");
    }

    [Test]
    public void Given_a_served_notice_When_a_legal_remedy_is_filed_Then_the_case_waits_for_it()
    {
        var story = Stories.NoticeServed();
        var filedOn = new DateOnly(2026, 3, 20);

        var state = Given(story).When(new RecordLegalRemedy(C, story.Context(), filedOn)).Then(new LegalRemedyFiled(C, story.Now, "sb-1", filedOn));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.LegalRemedyFiled));
    }

    [Test]
    public void Given_a_notice_not_yet_served_When_a_legal_remedy_is_filed_Then_it_is_refused()
    {
        var story = Stories.Rejected();

        Given(story).When(new RecordLegalRemedy(C, story.Context(), story.Today))
            .ThenViolation("„Rechtsbehelf erfassen“ ist im Verfahrensstand „abgelehnt“ nicht möglich.");
    }

    [Test]
    public void Given_a_notice_served_on_2026_03_02_When_the_month_for_remedies_is_still_running_Then_it_cannot_become_final()
    {
        var story = Stories.NoticeServed();

        Given(story).When(new DeclareRejectionFinal(C, story.ContextAt(new DateTimeOffset(2026, 4, 2, 23, 59, 0, TimeSpan.FromHours(2)))))
            .ThenViolation("Die Rechtsbehelfsfrist läuft bis 02.04.2026.");
    }

    [Test]
    public void Given_a_notice_served_on_2026_03_02_When_the_month_has_run_out_Then_the_rejection_is_final()
    {
        var story = Stories.NoticeServed();
        var at = new DateTimeOffset(2026, 4, 3, 0, 0, 0, TimeSpan.FromHours(2));

        var state = Given(story).When(new DeclareRejectionFinal(C, story.ContextAt(at))).Then(new RejectionBecameFinal(C, at, "sb-1"));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.Final));
    }

    [Test]
    public void Given_a_notice_without_instructions_on_remedies_When_a_month_has_passed_Then_the_year_of_section_58_VwGO_still_runs()
    {
        var story = Stories.Rejected().NoticeServed(new DateOnly(2026, 3, 2), withInstructions: false);

        Given(story).When(new DeclareRejectionFinal(C, story.ContextAt(new DateTimeOffset(2026, 4, 10, 9, 0, 0, TimeSpan.FromHours(2)))))
            .ThenViolation("Die Rechtsbehelfsfrist läuft bis 02.03.2027.");
    }

    [Test]
    public void Given_a_notice_not_yet_served_When_the_rejection_is_declared_final_Then_it_is_refused()
    {
        var story = Stories.Rejected();

        Given(story).When(new DeclareRejectionFinal(C, story.Context())).ThenViolation("Der Bescheid ist noch nicht zugestellt.");
    }

    [Test]
    public void Given_a_legal_remedy_When_it_has_been_decided_Then_the_rejection_becomes_final_with_a_reason()
    {
        var story = Stories.LegalRemedyFiled();

        Given(story).When(new DeclareRejectionFinal(C, story.Context(reason: "Widerspruch zurückgewiesen")))
            .Then(new RejectionBecameFinal(C, story.Now, "sb-1"));
        Given(story).When(new DeclareRejectionFinal(C, story.Context()))
            .ThenViolation("Für „Bestandskraft nach Rechtsbehelf“ ist eine Begründung erforderlich.");
    }
}
