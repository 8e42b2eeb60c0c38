using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Tests.Cases.Support;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.CaseSpecification;

namespace Migrationsverwaltung.Domain.Tests.Cases;

/// <summary>BA consent (§39), security check (§73(2)), AZR and other bodies run in parallel; all must close.</summary>
public class ParticipationTests
{
    private static readonly Guid C = Ids.Case;

    private static CaseStory Participating() => Stories.AppearanceReady().AppearanceCompleted();

    [Test]
    public void Given_participation_When_the_BA_is_asked_Then_the_request_is_recorded_with_the_day_the_BA_received_it()
    {
        var story = Participating();

        var state = Given(story).When(new RequestBaConsent(C, story.Context(), Stories.BaReceivedOn))
            .Then(new BaConsentRequested(C, story.Now, "sb-1", Stories.BaReceivedOn));

        Assert.That(state.Ba, Is.EqualTo(new Participation("Bundesagentur für Arbeit", Stories.BaReceivedOn)));
    }

    [Test]
    public void Given_the_BA_is_already_asked_When_it_is_asked_again_Then_nothing_happens()
    {
        var story = Stories.ParticipationOpen();

        Given(story).When(new RequestBaConsent(C, story.Context(), Stories.BaReceivedOn)).ThenNothing();
    }

    [Test]
    public void Given_the_BA_has_answered_When_it_is_asked_again_Then_it_is_refused()
    {
        var story = Stories.ParticipationClosed();

        Given(story).When(new RequestBaConsent(C, story.Context(), story.Today)).ThenViolation("bereits beteiligt und hat geantwortet");
    }

    [Test]
    public void Given_a_title_without_BA_consent_When_the_BA_is_asked_Then_it_is_refused()
    {
        var story = Stories.Registered(Application.Duldung).CheckStarted();

        Given(story).When(new RequestBaConsent(C, story.Context(), story.Today)).ThenViolation("keine Zustimmung der Bundesagentur für Arbeit vorgesehen");
    }

    [Test]
    public void Given_the_completeness_check_When_participations_start_early_Then_they_are_accepted()
    {
        var story = Stories.DocumentsRequested();

        Given(story).When(new RequestSecurityCheck(C, story.Context())).Then(new SecurityCheckRequested(C, story.Now, "sb-1"));
        Given(story).When(new QueryAzr(C, story.Context())).Then(new AzrQueried(C, story.Now, "sb-1"));
    }

    [TestCase(BaOutcome.Granted)]
    [TestCase(BaOutcome.Refused)]
    [TestCase(BaOutcome.NotRequired)]
    public void Given_the_BA_is_asked_When_it_answers_Then_the_answer_closes_its_part(BaOutcome outcome)
    {
        var story = Stories.ParticipationOpen();

        var state = Given(story).When(new RecordBaAnswer(C, story.Context(), outcome)).Then(new BaConsentAnswered(C, story.Now, "sb-1", outcome));

        Assert.That(state.Ba!.IsOpen, Is.False);
        Assert.That(state.Ba.Outcome, Is.EqualTo(outcome.ToString()));
    }

    [Test]
    public void Given_the_BA_answered_When_the_same_answer_is_recorded_again_Then_nothing_happens()
    {
        var story = Stories.ParticipationClosed();

        Given(story).When(new RecordBaAnswer(C, story.Context(), BaOutcome.Granted)).ThenNothing();
    }

    [Test]
    public void Given_the_BA_answered_When_a_different_answer_is_recorded_Then_it_is_refused()
    {
        var story = Stories.ParticipationClosed();

        Given(story).When(new RecordBaAnswer(C, story.Context(), BaOutcome.Refused)).ThenViolation("„Antwort der Bundesagentur erfassen“ ist im Verfahrensstand „in Beteiligung“ nicht möglich.");
    }

    [Test]
    public void Given_the_BA_is_asked_When_its_consent_is_entered_as_deemed_granted_Then_it_is_refused()
    {
        var story = Stories.ParticipationOpen();

        Given(story).When(new RecordBaAnswer(C, story.Context(), BaOutcome.DeemedGranted)).ThenViolation("Die Zustimmungsfiktion wird nicht erfasst");
    }

    [TestCase(SecurityCheckOutcome.NoFindings)]
    [TestCase(SecurityCheckOutcome.Concerns)]
    public void Given_a_security_check_When_its_result_arrives_Then_it_closes(SecurityCheckOutcome outcome)
    {
        var story = Stories.ParticipationOpen();

        Given(story).When(new RecordSecurityCheckResult(C, story.Context(), outcome)).Then(new SecurityCheckCompleted(C, story.Now, "sb-1", outcome));
    }

    [Test]
    public void Given_a_security_check_When_it_is_requested_again_Then_nothing_happens()
    {
        var story = Stories.ParticipationOpen();

        Given(story).When(new RequestSecurityCheck(C, story.Context())).ThenNothing();
    }

    [Test]
    public void Given_an_AZR_query_When_the_answer_arrives_Then_it_closes_and_a_later_query_opens_it_again()
    {
        var story = Stories.ParticipationOpen();

        Given(story).When(new RecordAzrAnswer(C, story.Context())).Then(new AzrAnswered(C, story.Now, "sb-1"));
        Given(story).When(new QueryAzr(C, story.Context())).ThenNothing();

        var answered = Stories.ParticipationClosed();
        Given(answered).When(new QueryAzr(C, answered.Context())).Then(new AzrQueried(C, answered.Now, "sb-1"));
    }

    [Test]
    public void Given_participation_When_another_body_is_asked_and_answers_Then_its_part_opens_and_closes()
    {
        var story = Participating();
        var body = Guid.Parse("0b0d1e00-0000-0000-0000-000000000002");

        Given(story).When(new RequestOtherParticipation(C, story.Context(), body, " Ausländerbehörde Köln ")).Then(
            new OtherParticipationRequested(C, story.Now, "sb-1", body, "Ausländerbehörde Köln"));

        var asked = story.OtherRequested(body, "Ausländerbehörde Köln");
        Given(asked).When(new RequestOtherParticipation(C, asked.Context(), body, "Ausländerbehörde Köln")).ThenNothing();
        Given(asked).When(new RecordOtherParticipationAnswer(C, asked.Context(), body)).Then(new OtherParticipationAnswered(C, asked.Now, "sb-1", body));
    }

    [Test]
    public void Given_participation_When_another_body_is_asked_without_a_name_Then_it_is_refused()
    {
        var story = Participating();

        Given(story).When(new RequestOtherParticipation(C, story.Context(), Guid.NewGuid(), " ")).ThenViolation("Die zu beteiligende Stelle muss genannt werden.");
    }

    [Test]
    public void Given_all_participations_closed_When_the_case_is_declared_ready_Then_the_decision_can_follow()
    {
        var story = Stories.ParticipationClosed();

        var state = Given(story).When(new DeclareReadyForDecision(C, story.Context())).Then(new ReadyForDecisionDeclared(C, story.Now, "sb-1"));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.ReadyForDecision));
    }

    [Test]
    public void Given_one_participation_still_open_When_the_case_is_declared_ready_Then_it_is_refused()
    {
        var story = Stories.ParticipationOpen()
            .BaAnswered(BaOutcome.Granted).SecurityCheckCompleted(SecurityCheckOutcome.NoFindings).AzrAnswered();

        Given(story).When(new DeclareReadyForDecision(C, story.Context()))
            .ThenViolation("Eine Entscheidung ist erst möglich, wenn alle Beteiligungen abgeschlossen sind.");
    }

    [Test]
    public void Given_a_title_needing_BA_consent_When_it_is_declared_ready_without_asking_the_BA_Then_it_is_refused()
    {
        var story = Participating().SecurityCheckRequested().SecurityCheckCompleted(SecurityCheckOutcome.NoFindings);

        Given(story).When(new DeclareReadyForDecision(C, story.Context())).ThenViolation("muss die Bundesagentur für Arbeit beteiligt werden");
    }

    [Test]
    public void Given_a_parked_case_When_an_answer_arrives_Then_it_is_recorded_all_the_same()
    {
        var story = Stories.Parked();

        Given(story).When(new RecordAzrAnswer(C, story.Context())).Then(new AzrAnswered(C, story.Now, "sb-1"));
    }

    [Test]
    public void Given_a_decided_case_When_a_new_participation_is_requested_Then_it_is_refused_naming_the_state()
    {
        var story = Stories.Granted();

        Given(story).When(new RequestSecurityCheck(C, story.Context()))
            .ThenViolation("„Sicherheitsabfrage einleiten“ ist im Verfahrensstand „stattgegeben“ nicht möglich.");
    }
}
