using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Tests.Cases.Support;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.CaseSpecification;

namespace Migrationsverwaltung.Domain.Tests.Cases;

/// <summary>The eAT from the Bundesdruckerei (picked up, or sent directly), a paper document at once, then zdA.</summary>
public class CardTests
{
    private static readonly Guid C = Ids.Case;

    [TestCase(false, false)]
    [TestCase(true, false)]
    [TestCase(false, true)]
    public void Given_a_granted_eAT_title_When_the_card_is_ordered_Then_express_and_direct_dispatch_are_recorded(bool express, bool directDispatch)
    {
        var story = Stories.Granted();

        var state = Given(story).When(new OrderEat(C, story.Context(), express, directDispatch))
            .Then(new EatOrdered(C, story.Now, "sb-1", express, directDispatch));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.EatOrdered));
    }

    [Test]
    public void Given_an_ordered_card_When_production_starts_Then_it_is_in_production()
    {
        var story = Stories.EatOrdered();

        Given(story).When(new RecordEatInProduction(C, story.Context())).Then(new EatInProduction(C, story.Now, "sb-1"));
    }

    [Test]
    public void Given_a_card_in_production_When_it_arrives_at_the_office_Then_it_is_delivered_to_the_office()
    {
        var story = Stories.EatInProduction();

        Given(story).When(new RecordEatDeliveredToOffice(C, story.Context())).Then(new EatDeliveredToOffice(C, story.Now, "sb-1"));
    }

    [Test]
    public void Given_a_card_at_the_office_When_the_applicant_is_told_Then_it_is_ready_for_pickup()
    {
        var story = Stories.EatDeliveredToOffice();

        var state = Given(story).When(new MarkReadyForPickup(C, story.Context())).Then(new EatReadyForPickup(C, story.Now, "sb-1"));

        Assert.That(state.ReadyForPickupAt, Is.EqualTo(story.Now));
    }

    [Test]
    public void Given_a_card_ready_for_pickup_When_it_is_handed_over_Then_the_case_is_handed_over()
    {
        var story = Stories.ReadyForPickup();

        var state = Given(story).When(new HandOver(C, story.Context())).Then(new DocumentHandedOver(C, story.Now, "sb-1"));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.HandedOver));
    }

    [Test]
    public void Given_a_card_sent_directly_When_the_manufacturer_confirms_delivery_Then_it_is_delivered_to_the_applicant()
    {
        var story = Stories.EatInProduction(directDispatch: true);

        var state = Given(story).When(new RecordDeliveryToApplicant(C, story.Context())).Then(new EatDeliveredToApplicant(C, story.Now, "sb-1"));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.DeliveredToApplicant));
    }

    [Test]
    public void Given_a_card_sent_directly_When_it_is_booked_in_at_the_office_Then_it_is_refused()
    {
        var story = Stories.EatInProduction(directDispatch: true);

        Given(story).When(new RecordEatDeliveredToOffice(C, story.Context()))
            .ThenViolation("„eAT-Eingang in der Behörde“ ist im Verfahrensstand „eAT in Produktion“ nicht möglich.");
    }

    [Test]
    public void Given_a_card_for_pickup_When_direct_delivery_is_confirmed_Then_it_is_refused()
    {
        var story = Stories.EatInProduction();

        Given(story).When(new RecordDeliveryToApplicant(C, story.Context()))
            .ThenViolation("„Zustellung bestätigen“ ist im Verfahrensstand „eAT in Produktion“ nicht möglich.");
    }

    [Test]
    public void Given_a_granted_paper_document_When_it_is_handed_over_Then_no_card_is_needed()
    {
        var story = Stories.PaperDocumentGranted();

        Given(story).When(new HandOver(C, story.Context())).Then(new DocumentHandedOver(C, story.Now, "sb-1"));
    }

    [Test]
    public void Given_a_granted_paper_document_When_an_eAT_is_ordered_Then_it_is_refused()
    {
        var story = Stories.PaperDocumentGranted();

        Given(story).When(new OrderEat(C, story.Context(), false, false)).ThenViolation("„eAT bestellen“ ist im Verfahrensstand „stattgegeben“ nicht möglich.");
    }

    [Test]
    public void Given_a_granted_eAT_title_When_it_is_handed_over_before_the_card_exists_Then_it_is_refused()
    {
        var story = Stories.Granted();

        Given(story).When(new HandOver(C, story.Context())).ThenViolation("„aushändigen“ ist im Verfahrensstand „stattgegeben“ nicht möglich.");
    }

    private static IEnumerable<TestCaseData> EndedCases()
    {
        yield return new TestCaseData(Stories.HandedOver()).SetArgDisplayNames("handed over");
        yield return new TestCaseData(Stories.DeliveredToApplicant()).SetArgDisplayNames("delivered to the applicant");
        yield return new TestCaseData(Stories.Final()).SetArgDisplayNames("final");
        yield return new TestCaseData(Stories.Withdrawn()).SetArgDisplayNames("withdrawn");
        yield return new TestCaseData(Stories.Settled()).SetArgDisplayNames("settled");
    }

    [TestCaseSource(nameof(EndedCases))]
    public void Given_an_ended_case_When_the_file_is_closed_Then_it_goes_to_the_records_once(CaseStory story)
    {
        var state = Given(story).When(new CloseCase(C, story.Context())).Then(new CaseClosed(C, story.Now, "sb-1"));

        Assert.That(state.Status, Is.EqualTo(CaseStatus.Closed));
        Assert.That(state.EndedAt, Is.EqualTo(story.Now));
        Given(story.Closed()).When(new CloseCase(C, story.Context())).ThenNothing();
    }

    [Test]
    public void Given_a_card_still_in_production_When_the_file_is_closed_Then_it_is_refused()
    {
        var story = Stories.EatInProduction();

        Given(story).When(new CloseCase(C, story.Context())).ThenViolation("„zu den Akten legen“ ist im Verfahrensstand „eAT in Produktion“ nicht möglich.");
    }
}
