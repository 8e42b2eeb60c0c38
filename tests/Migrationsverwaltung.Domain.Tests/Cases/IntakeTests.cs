using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Tests.Cases.Support;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.CaseSpecification;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.Staff;

namespace Migrationsverwaltung.Domain.Tests.Cases;

public class IntakeTests
{
    private static readonly Guid C = Ids.Case;

    [Test]
    public void Given_no_case_When_an_extension_is_received_before_the_title_runs_out_Then_it_is_received_with_Fortgeltung()
    {
        var story = Stories.None();

        Given(story).When(Application.Extension18b.Command(story.Context())).Then(
            new ApplicationReceived(
                C, story.Now, "sb-1", Ids.Person, Ids.Office, TeamA, "AE-18b", "2026-01", ApplicationKind.Extension, ApplicationChannel.Counter,
                new DateOnly(2026, 3, 2), BaConsentNeed.Required, false, true, new DateOnly(2026, 4, 30), false, FiktionBasis.Fortgeltung));
    }

    [Test]
    public void Given_received_application_When_it_is_registered_Then_file_number_and_token_hash_are_recorded()
    {
        var story = Stories.Received();

        var state = Given(story).When(new RegisterCase(C, story.Context(), Ids.FileNumber, Ids.TokenHash))
            .Then(new CaseRegistered(C, story.Now, "sb-1", Ids.FileNumber, Ids.TokenHash));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.Registered));
    }

    [Test]
    public void Given_registered_case_When_a_new_status_token_is_issued_Then_its_hash_replaces_the_old_one()
    {
        var story = Stories.Registered();

        var state = Given(story).When(new ReissueStatusToken(C, story.Context(), "new-hash"))
            .Then(new StatusTokenReissued(C, story.Now, "sb-1", "new-hash"));

        Assert.That(state.StatusTokenHash, Is.EqualTo("new-hash"));
    }

    [Test]
    public void Given_registered_case_When_the_same_token_hash_is_issued_again_Then_nothing_happens()
    {
        var story = Stories.Registered();

        Given(story).When(new ReissueStatusToken(C, story.Context(), Ids.TokenHash)).ThenNothing();
    }

    [Test]
    public void Given_received_case_When_the_application_arrives_again_Then_it_is_refused()
    {
        var story = Stories.Received();

        Given(story).When(Application.Extension18b.Command(story.Context())).ThenViolation("Antrag bereits eingegangen");
    }

    [Test]
    public void Given_no_case_When_an_application_is_dated_in_the_future_Then_it_is_refused()
    {
        var story = Stories.None();
        var tomorrow = Application.Extension18b with { ReceivedOn = new DateOnly(2026, 3, 3) };

        Given(story).When(tomorrow.Command(story.Context())).ThenViolation("Eingangsdatum darf nicht in der Zukunft liegen");
    }

    [Test]
    public void Given_no_case_When_an_application_names_no_title_Then_it_is_refused()
    {
        var story = Stories.None();
        var untitled = Application.Extension18b with { TitleCode = " " };

        Given(story).When(untitled.Command(story.Context())).ThenViolation("Titelart");
    }

    [Test]
    public void Given_no_case_When_any_other_command_arrives_Then_it_says_there_is_no_application()
    {
        var story = Stories.None();

        Given(story).When(new StartCompletenessCheck(C, story.Context())).ThenViolation("Zu diesem Verfahren liegt noch kein Antrag vor.");
    }
}
