using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Tests.Cases.Support;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.CaseSpecification;

namespace Migrationsverwaltung.Domain.Tests.Cases;

/// <summary>Fees (AufenthV §§44 ff.) in cents: charged once per id, paid up to what is outstanding, reduced or waived with a reason.</summary>
public class FeeTests
{
    private static readonly Guid C = Ids.Case;
    private static readonly Guid Fee = Ids.AppearanceFee;

    [Test]
    public void Given_an_open_case_When_a_fee_is_charged_Then_it_is_outstanding()
    {
        var story = Stories.InCompletenessCheck().DeclaredComplete();

        var state = Given(story).When(new ChargeFee(C, story.Context(), Fee, "Fiktionsbescheinigung", 1300, "§ 47 Abs. 1 Nr. 9 AufenthV"))
            .Then(new FeeCharged(C, story.Now, "sb-1", Fee, "Fiktionsbescheinigung", 1300, "§ 47 Abs. 1 Nr. 9 AufenthV"));

        Assert.That(state.OutstandingFeesCents, Is.EqualTo(1300));
    }

    [Test]
    public void Given_a_fee_When_the_same_fee_id_is_charged_again_Then_nothing_happens()
    {
        var story = Stories.AppearanceStarted();

        Given(story).When(new ChargeFee(C, story.Context(), Fee, "Verlängerung über 3 Monate", Stories.FeeCents, "§ 45 Nr. 2 Buchst. b AufenthV")).ThenNothing();
    }

    [Test]
    public void Given_an_open_case_When_a_fee_is_negative_or_has_no_legal_basis_Then_it_is_refused()
    {
        var story = Stories.InCompletenessCheck();

        Given(story).When(new ChargeFee(C, story.Context(), Fee, "Erstattung", -100, "§ 45 AufenthV")).ThenViolation("Eine Gebühr kann nicht negativ sein.");
        Given(story).When(new ChargeFee(C, story.Context(), Fee, "Verlängerung", 9300, " ")).ThenViolation("Für die Gebühr fehlt die Rechtsgrundlage.");
    }

    [Test]
    public void Given_a_closed_case_When_a_fee_is_charged_Then_it_is_refused()
    {
        var story = Stories.Closed();

        Given(story).When(new ChargeFee(C, story.Context(), Ids.CertificateFee, "Nachforderung", 1300, "§ 47 AufenthV"))
            .ThenViolation("„Gebühr erheben“ ist im Verfahrensstand „zu den Akten“ nicht möglich.");
    }

    [Test]
    public void Given_an_outstanding_fee_When_part_of_it_is_paid_Then_the_rest_stays_outstanding()
    {
        var story = Stories.AppearanceStarted();

        var state = Given(story).When(new RecordFeePayment(C, story.Context(), Fee, 5000)).Then(new FeePaid(C, story.Now, "sb-1", Fee, 5000));

        Assert.That(state.OutstandingFeesCents, Is.EqualTo(Stories.FeeCents - 5000));
    }

    [Test]
    public void Given_an_outstanding_fee_When_more_than_outstanding_is_paid_Then_it_is_refused()
    {
        var story = Stories.AppearanceStarted().FeePaid(Fee, 5000);

        Given(story).When(new RecordFeePayment(C, story.Context(), Fee, 4301)).ThenViolation("Es sind nur noch 43.00 € offen.");
    }

    [Test]
    public void Given_an_outstanding_fee_When_nothing_is_paid_Then_it_is_refused()
    {
        var story = Stories.AppearanceStarted();

        Given(story).When(new RecordFeePayment(C, story.Context(), Fee, 0)).ThenViolation("Der gezahlte Betrag muss größer als null sein.");
    }

    [Test]
    public void Given_no_such_fee_When_a_payment_is_recorded_Then_it_is_refused()
    {
        var story = Stories.AppearanceStarted();

        Given(story).When(new RecordFeePayment(C, story.Context(), Ids.CertificateFee, 1300)).ThenViolation("„Zahlung erfassen“ ist im Verfahrensstand „Vorsprache“ nicht möglich.");
    }

    [Test]
    public void Given_a_fee_When_it_is_reduced_for_a_minor_with_a_reason_Then_half_is_owed()
    {
        var story = Stories.AppearanceStarted();

        var state = Given(story).When(new ReduceFee(C, story.Context(reason: "minderjährig, § 50 AufenthV"), Fee, 4650))
            .Then(new FeeReduced(C, story.Now, "sb-1", Fee, 4650, "minderjährig, § 50 AufenthV"));

        Assert.That(state.OutstandingFeesCents, Is.EqualTo(4650));
    }

    [Test]
    public void Given_a_fee_When_it_is_reduced_without_a_reason_Then_it_is_refused()
    {
        var story = Stories.AppearanceStarted();

        Given(story).When(new ReduceFee(C, story.Context(), Fee, 4650)).ThenViolation("Für „Gebührenermäßigung“ ist eine Begründung erforderlich.");
    }

    [Test]
    public void Given_a_partly_paid_fee_When_it_is_reduced_below_what_was_paid_or_not_below_the_fee_Then_it_is_refused()
    {
        var story = Stories.AppearanceStarted().FeePaid(Fee, 5000);

        Given(story).When(new ReduceFee(C, story.Context(reason: "§ 50"), Fee, 4999)).ThenViolation("nicht unter dem bereits gezahlten Betrag");
        Given(story).When(new ReduceFee(C, story.Context(reason: "§ 50"), Fee, Stories.FeeCents)).ThenViolation("Eine Ermäßigung muss unter der Gebühr");
    }

    [Test]
    public void Given_a_fee_When_it_is_waived_with_a_reason_Then_nothing_is_owed_and_a_second_waiver_changes_nothing()
    {
        var story = Stories.AppearanceStarted();

        var state = Given(story).When(new WaiveFee(C, story.Context(reason: "anerkannter Flüchtling, § 52 AufenthV"), Fee))
            .Then(new FeeWaived(C, story.Now, "sb-1", Fee, "anerkannter Flüchtling, § 52 AufenthV"));

        Assert.That(state.OutstandingFeesCents, Is.Zero);
        var waived = story.Append((at, by) => new FeeWaived(C, at, by, Fee, "anerkannter Flüchtling, § 52 AufenthV"));
        Given(waived).When(new WaiveFee(C, waived.Context(reason: "noch einmal"), Fee)).ThenNothing();
    }

    [Test]
    public void Given_a_fee_When_it_is_waived_without_a_reason_Then_it_is_refused()
    {
        var story = Stories.AppearanceStarted();

        Given(story).When(new WaiveFee(C, story.Context(), Fee)).ThenViolation("Für „Gebührenverzicht“ ist eine Begründung erforderlich.");
    }
}
