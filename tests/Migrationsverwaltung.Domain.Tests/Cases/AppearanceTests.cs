using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Tests.Cases.Support;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.CaseSpecification;

namespace Migrationsverwaltung.Domain.Tests.Cases;

/// <summary>Vorsprache: identity, fingerprints (§61a AufenthV) and signature for an eAT, and the fee settled.</summary>
public class AppearanceTests
{
    private static readonly Guid C = Ids.Case;

    [Test]
    public void Given_appearance_When_the_identity_is_checked_Then_it_is_recorded_once()
    {
        var story = Stories.AppearanceStarted();

        Given(story).When(new RecordIdentityChecked(C, story.Context())).Then(new IdentityChecked(C, story.Now, "sb-1"));
        Given(story.IdentityChecked()).When(new RecordIdentityChecked(C, story.Context())).ThenNothing();
    }

    [Test]
    public void Given_appearance_When_fingerprints_are_taken_Then_it_is_recorded_once()
    {
        var story = Stories.AppearanceStarted();

        Given(story).When(new RecordFingerprintsTaken(C, story.Context())).Then(new FingerprintsTaken(C, story.Now, "sb-1"));
        Given(story.FingerprintsTaken()).When(new RecordFingerprintsTaken(C, story.Context())).ThenNothing();
    }

    [Test]
    public void Given_appearance_When_the_signature_is_taken_Then_it_is_recorded_once()
    {
        var story = Stories.AppearanceStarted();

        Given(story).When(new RecordSignatureTaken(C, story.Context())).Then(new SignatureTaken(C, story.Now, "sb-1"));
        Given(story.SignatureTaken()).When(new RecordSignatureTaken(C, story.Context())).ThenNothing();
    }

    [Test]
    public void Given_everything_taken_and_the_fee_paid_When_the_appearance_is_completed_Then_the_participations_follow()
    {
        var story = Stories.AppearanceReady();

        var state = Given(story).When(new CompleteAppearance(C, story.Context())).Then(new AppearanceCompleted(C, story.Now, "sb-1"));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.Participation));
        Assert.That(state.AppearanceCompleted, Is.True);
    }

    [Test]
    public void Given_identity_not_checked_When_the_appearance_is_completed_Then_it_is_refused()
    {
        var story = Stories.AppearanceStarted().FingerprintsTaken().SignatureTaken().FeePaid(Ids.AppearanceFee, Stories.FeeCents);

        Given(story).When(new CompleteAppearance(C, story.Context())).ThenViolation("wenn die Identität geprüft ist");
    }

    [Test]
    public void Given_an_eAT_without_fingerprints_When_the_appearance_is_completed_Then_it_is_refused()
    {
        var story = Stories.AppearanceStarted().IdentityChecked().SignatureTaken().FeePaid(Ids.AppearanceFee, Stories.FeeCents);

        Given(story).When(new CompleteAppearance(C, story.Context())).ThenViolation("Für den eAT müssen Fingerabdrücke und Unterschrift erfasst sein.");
    }

    [Test]
    public void Given_an_eAT_without_signature_When_the_appearance_is_completed_Then_it_is_refused()
    {
        var story = Stories.AppearanceStarted().IdentityChecked().FingerprintsTaken().FeePaid(Ids.AppearanceFee, Stories.FeeCents);

        Given(story).When(new CompleteAppearance(C, story.Context())).ThenViolation("Für den eAT müssen Fingerabdrücke und Unterschrift erfasst sein.");
    }

    [Test]
    public void Given_a_paper_document_When_the_appearance_is_completed_without_fingerprints_Then_that_is_enough()
    {
        var story = Stories.Registered(Application.Duldung).CheckStarted().DeclaredComplete()
            .FeeCharged(Ids.AppearanceFee, 5800).FeePaid(Ids.AppearanceFee, 5800).IdentityChecked();

        Given(story).When(new CompleteAppearance(C, story.Context())).Then(new AppearanceCompleted(C, story.Now, "sb-1"));
    }

    [Test]
    public void Given_the_fee_not_paid_When_the_appearance_is_completed_Then_it_is_refused()
    {
        var story = Stories.AppearanceStarted().IdentityChecked().FingerprintsTaken().SignatureTaken().FeePaid(Ids.AppearanceFee, 5000);

        Given(story).When(new CompleteAppearance(C, story.Context())).ThenViolation("wenn die Gebühr erhoben und bezahlt ist");
    }

    [Test]
    public void Given_no_fee_charged_When_the_appearance_is_completed_Then_it_is_refused()
    {
        var story = Stories.InCompletenessCheck().DeclaredComplete().IdentityChecked().FingerprintsTaken().SignatureTaken();

        Given(story).When(new CompleteAppearance(C, story.Context())).ThenViolation("wenn die Gebühr erhoben und bezahlt ist");
    }

    [Test]
    public void Given_the_fee_waived_When_the_appearance_is_completed_Then_it_is_settled()
    {
        var story = Stories.AppearanceStarted().IdentityChecked().FingerprintsTaken().SignatureTaken()
            .Append((at, by) => new FeeWaived(C, at, by, Ids.AppearanceFee, "anerkannter Flüchtling, § 52 AufenthV"));

        Given(story).When(new CompleteAppearance(C, story.Context())).Then(new AppearanceCompleted(C, story.Now, "sb-1"));
    }
}
