using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Tests.Cases.Support;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.CaseSpecification;

namespace Migrationsverwaltung.Domain.Tests.Cases;

/// <summary>
/// §36(2) BeschV at case level: the BA's consent counts as given only after the end of the 14th day (7th for
/// §81a / §18g(4)) after the BA received the request, moved off weekends and holidays.
/// </summary>
public class BaConsentFictionTests
{
    private static readonly Guid C = Ids.Case;
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    /// <summary>The BA received the request on Wednesday 2026-03-04.</summary>
    private static CaseStory AskedOnWednesday(Application? application = null) => Stories.ParticipationOpen(application);

    private static ApplyBaConsentFiction ApplyAt(DateTimeOffset at) => new(C, new(Staff.Caseworker, at));

    [TestCase(13, 12, 0, TestName = "Given_BA_received_on_Wednesday_When_day_13_Then_consent_is_not_yet_deemed_given")]
    [TestCase(14, 12, 0, TestName = "Given_BA_received_on_Wednesday_When_noon_of_day_14_Then_consent_is_not_yet_deemed_given")]
    [TestCase(14, 23, 59, TestName = "Given_BA_received_on_Wednesday_When_23_59_of_day_14_Then_consent_is_not_yet_deemed_given")]
    public void Before_the_end_of_day_14_the_fiction_is_refused(int day, int hour, int minute)
    {
        var story = AskedOnWednesday();
        var at = new DateTimeOffset(2026, 3, 4 + day, hour, minute, 0, Winter);

        Given(story).When(ApplyAt(at)).ThenViolation("Die Zustimmung der Bundesagentur gilt erst nach Ablauf des 18.03.2026 als erteilt.");
    }

    [Test]
    public void Given_BA_received_on_Wednesday_When_one_second_after_midnight_after_day_14_Then_consent_is_deemed_given_on_2026_03_18()
    {
        var story = AskedOnWednesday();
        var at = new DateTimeOffset(2026, 3, 19, 0, 0, 1, Winter);

        var state = Given(story).When(ApplyAt(at)).Then(new BaConsentDeemedGranted(C, at, "sb-1", new DateOnly(2026, 3, 18)));

        Assert.That(state.Ba!.IsOpen, Is.False);
        Assert.That(state.Ba.Outcome, Is.EqualTo(nameof(BaOutcome.DeemedGranted)));
    }

    [Test]
    public void Given_BA_received_on_Wednesday_When_day_15_Then_consent_is_deemed_given_on_2026_03_18()
    {
        var story = AskedOnWednesday();
        var at = new DateTimeOffset(2026, 3, 19, 12, 0, 0, Winter);

        Given(story).When(ApplyAt(at)).Then(new BaConsentDeemedGranted(C, at, "sb-1", new DateOnly(2026, 3, 18)));
    }

    [Test]
    public void Given_BA_received_on_Friday_2026_12_11_When_Christmas_Day_ends_day_14_Then_the_fiction_waits_for_Monday_2026_12_28()
    {
        var story = Stories.AppearanceReady().AppearanceCompleted()
            .At(new DateTimeOffset(2026, 12, 10, 10, 0, 0, Winter)).BaRequested(new DateOnly(2026, 12, 11));

        Given(story).When(ApplyAt(new DateTimeOffset(2026, 12, 26, 12, 0, 0, Winter)))
            .ThenViolation("nach Ablauf des 28.12.2026 als erteilt");
        Given(story).When(ApplyAt(new DateTimeOffset(2026, 12, 28, 23, 59, 0, Winter)))
            .ThenViolation("nach Ablauf des 28.12.2026 als erteilt");

        var at = new DateTimeOffset(2026, 12, 29, 0, 0, 1, Winter);
        Given(story).When(ApplyAt(at)).Then(new BaConsentDeemedGranted(C, at, "sb-1", new DateOnly(2026, 12, 28)));
    }

    [TestCase(6, 12, 0, TestName = "Given_fast_track_BA_received_on_Wednesday_When_day_6_Then_consent_is_not_yet_deemed_given")]
    [TestCase(7, 23, 59, TestName = "Given_fast_track_BA_received_on_Wednesday_When_23_59_of_day_7_Then_consent_is_not_yet_deemed_given")]
    public void Before_the_end_of_day_7_the_shortened_fiction_is_refused(int day, int hour, int minute)
    {
        var story = AskedOnWednesday(Application.FastTrack);

        Given(story).When(ApplyAt(new DateTimeOffset(2026, 3, 4 + day, hour, minute, 0, Winter)))
            .ThenViolation("nach Ablauf des 11.03.2026 als erteilt");
    }

    [TestCase(8, 0, 0, 1, TestName = "Given_fast_track_BA_received_on_Wednesday_When_one_second_after_day_7_Then_consent_is_deemed_given_on_2026_03_11")]
    [TestCase(8, 12, 0, 0, TestName = "Given_fast_track_BA_received_on_Wednesday_When_day_8_Then_consent_is_deemed_given_on_2026_03_11")]
    public void After_day_7_the_shortened_fiction_applies(int day, int hour, int minute, int second)
    {
        var story = AskedOnWednesday(Application.FastTrack);
        var at = new DateTimeOffset(2026, 3, 4 + day, hour, minute, second, Winter);

        Given(story).When(ApplyAt(at)).Then(new BaConsentDeemedGranted(C, at, "sb-1", new DateOnly(2026, 3, 11)));
    }

    [Test]
    public void Given_the_BA_already_answered_When_the_fiction_is_applied_Then_it_is_refused()
    {
        var story = Stories.ParticipationClosed();

        Given(story).When(ApplyAt(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(2))))
            .ThenViolation("„Zustimmungsfiktion feststellen“ ist im Verfahrensstand „in Beteiligung“ nicht möglich.");
    }

    [Test]
    public void Given_consent_deemed_given_When_the_other_parts_close_Then_the_title_can_be_granted()
    {
        var story = AskedOnWednesday()
            .At(new DateTimeOffset(2026, 3, 19, 9, 0, 0, Winter)).Append((at, by) => new BaConsentDeemedGranted(C, at, by, new DateOnly(2026, 3, 18)))
            .SecurityCheckCompleted(SecurityCheckOutcome.NoFindings).AzrAnswered().OtherAnswered(Ids.RecognitionOffice).ReadyForDecision();

        Given(story).When(new Grant(C, story.Context(), Stories.GrantedUntil)).Then(new CaseGranted(C, story.Now, "sb-1", Stories.GrantedUntil));
    }
}
