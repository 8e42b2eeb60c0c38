using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Tests.Cases.Support;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.CaseSpecification;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.Staff;

namespace Migrationsverwaltung.Domain.Tests.Cases;

/// <summary>§82(1) AufenthV: the office names the missing documents and sets a deadline.</summary>
public class CompletenessTests
{
    private static readonly Guid C = Ids.Case;
    private static readonly MissingItem[] Passport = [new("PASS", "gültiger Nationalpass")];

    [Test]
    public void Given_registered_case_When_the_completeness_check_starts_Then_it_is_in_check()
    {
        var story = Stories.Registered();

        var state = Given(story).When(new StartCompletenessCheck(C, story.Context())).Then(new CompletenessCheckStarted(C, story.Now, "sb-1"));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.CompletenessCheck));
    }

    [Test]
    public void Given_case_in_check_When_the_check_is_started_again_Then_nothing_happens()
    {
        var story = Stories.InCompletenessCheck();

        Given(story).When(new StartCompletenessCheck(C, story.Context())).ThenNothing();
    }

    [Test]
    public void Given_case_in_check_When_documents_are_requested_Then_the_items_and_the_deadline_are_set()
    {
        var story = Stories.InCompletenessCheck();
        var deadline = new DateOnly(2026, 3, 30);

        var state = Given(story).When(new RequestDocuments(C, story.Context(), Passport, deadline))
            .Then(new DocumentsRequested(C, story.Now, "sb-1", Passport, deadline));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.DocumentsRequested));
        Assert.That(state.DocumentDeadline, Is.EqualTo(deadline));
        Assert.That(state.DocumentRounds, Is.EqualTo(1));
    }

    [Test]
    public void Given_case_in_check_When_documents_are_requested_without_naming_them_Then_it_is_refused()
    {
        var story = Stories.InCompletenessCheck();

        Given(story).When(new RequestDocuments(C, story.Context(), [], new DateOnly(2026, 3, 30)))
            .ThenViolation("Die Nachforderung muss die fehlenden Unterlagen benennen.");
    }

    [TestCase(2026, 3, 2, TestName = "Given_case_in_check_When_documents_are_requested_by_today_Then_it_is_refused")]
    [TestCase(2026, 2, 27, TestName = "Given_case_in_check_When_documents_are_requested_by_a_past_day_Then_it_is_refused")]
    public void Documents_deadline_must_lie_in_the_future(int year, int month, int day)
    {
        var story = Stories.InCompletenessCheck();

        Given(story).When(new RequestDocuments(C, story.Context(), Passport, new DateOnly(year, month, day)))
            .ThenViolation("Die Frist für die Unterlagen muss in der Zukunft liegen.");
    }

    [Test]
    public void Given_documents_requested_When_the_deadline_is_extended_with_a_reason_Then_the_new_deadline_counts()
    {
        var story = Stories.DocumentsRequested();
        var later = new DateOnly(2026, 3, 30);

        var state = Given(story).When(new ExtendDocumentDeadline(C, story.Context(reason: "Botschaft stellt den Pass erst später aus"), later))
            .Then(new DocumentDeadlineExtended(C, story.Now, "sb-1", later, "Botschaft stellt den Pass erst später aus"));

        Assert.That(state.DocumentDeadline, Is.EqualTo(later));
    }

    [Test]
    public void Given_documents_requested_When_the_deadline_is_extended_without_a_reason_Then_it_is_refused()
    {
        var story = Stories.DocumentsRequested();

        Given(story).When(new ExtendDocumentDeadline(C, story.Context(reason: "  "), new DateOnly(2026, 3, 30)))
            .ThenViolation("Für „Fristverlängerung“ ist eine Begründung erforderlich.");
    }

    [Test]
    public void Given_documents_requested_When_the_deadline_is_moved_earlier_Then_it_is_refused()
    {
        var story = Stories.DocumentsRequested();

        Given(story).When(new ExtendDocumentDeadline(C, story.Context(reason: "Versehen"), Stories.DocumentDeadline))
            .ThenViolation("Die neue Frist muss nach der bisherigen liegen.");
    }

    [Test]
    public void Given_the_documents_deadline_ran_out_When_it_is_extended_to_a_day_already_past_Then_it_is_refused()
    {
        var story = Stories.DocumentsRequested();
        var weeksLater = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(2));

        Given(story).When(new ExtendDocumentDeadline(C, story.ContextAt(weeksLater, reason: "Botschaft"), new DateOnly(2026, 3, 23)))
            .ThenViolation("Die neue Frist muss in der Zukunft liegen.");
        Given(story).When(new ExtendDocumentDeadline(C, story.ContextAt(weeksLater, reason: "Botschaft"), new DateOnly(2026, 4, 15)))
            .Then(new DocumentDeadlineExtended(C, weeksLater, "sb-1", new DateOnly(2026, 4, 15), "Botschaft"));
    }

    [Test]
    public void Given_documents_requested_When_they_arrive_Then_the_check_resumes()
    {
        var story = Stories.DocumentsRequested();

        var state = Given(story).When(new ReceiveDocuments(C, story.Context(), ["PASS"]))
            .Then(new DocumentsReceived(C, story.Now, "sb-1", ["PASS"]));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.CompletenessCheck));
        Assert.That(state.DocumentDeadline, Is.Null);
    }

    [Test]
    public void Given_documents_deadline_has_passed_When_the_office_proceeds_on_the_file_as_it_stands_Then_the_case_is_ready_for_decision()
    {
        var story = Stories.DocumentsRequested();
        var dayAfterDeadline = new DateTimeOffset(2026, 3, 17, 0, 0, 1, TimeSpan.FromHours(1));

        var state = Given(story).When(new ProceedWithoutDocuments(C, story.ContextAt(dayAfterDeadline, reason: "Pass nicht vorgelegt")))
            .Then(new ProceededWithoutDocuments(C, dayAfterDeadline, "sb-1", "Pass nicht vorgelegt"));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.ReadyForDecision));
    }

    [Test]
    public void Given_documents_deadline_is_still_running_on_its_last_day_When_the_office_proceeds_without_them_Then_it_is_refused()
    {
        var story = Stories.DocumentsRequested();
        var lastMinute = new DateTimeOffset(2026, 3, 16, 23, 59, 0, TimeSpan.FromHours(1));

        Given(story).When(new ProceedWithoutDocuments(C, story.ContextAt(lastMinute, reason: "Pass nicht vorgelegt")))
            .ThenViolation("erst entschieden werden, wenn die Frist für die Unterlagen abgelaufen ist");
    }

    [Test]
    public void Given_documents_deadline_has_passed_When_the_office_proceeds_without_a_reason_Then_it_is_refused()
    {
        var story = Stories.DocumentsRequested();

        Given(story).When(new ProceedWithoutDocuments(C, story.ContextAt(new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.FromHours(1)))))
            .ThenViolation("Begründung erforderlich");
    }

    [Test]
    public void Given_case_in_check_When_completeness_is_confirmed_Then_the_appearance_follows()
    {
        var story = Stories.InCompletenessCheck();

        var state = Given(story).When(new ConfirmCompleteness(C, story.Context())).Then(new ApplicationDeclaredComplete(C, story.Now, "sb-1"));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.Appearance));
    }

    [Test]
    public void Given_a_second_round_When_documents_are_requested_again_Then_the_rounds_are_counted()
    {
        var story = Stories.DocumentsRequested().DocumentsReceived("PASS");
        var deadline = new DateOnly(2026, 3, 30);

        var state = Given(story).When(new RequestDocuments(C, story.Context(), Passport, deadline))
            .Then(new DocumentsRequested(C, story.Now, "sb-1", Passport, deadline));

        Assert.That(state.DocumentRounds, Is.EqualTo(2));
    }
}
