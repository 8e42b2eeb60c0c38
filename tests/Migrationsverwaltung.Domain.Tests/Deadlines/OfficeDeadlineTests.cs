using Migrationsverwaltung.Domain.Deadlines;

namespace Migrationsverwaltung.Domain.Tests.Deadlines;

public class OfficeDeadlineTests
{
    private static readonly DateOnly Monday_2026_05_04 = new(2026, 5, 4);

    [Test]
    public void Given_documents_requested_within_2_weeks_of_Monday_2026_05_04_Then_they_are_due_at_the_end_of_Monday_2026_05_18()
    {
        var documents = DeadlineRules.MissingDocuments(Monday_2026_05_04, new OfficeDeadline.Within(Period.Weeks(2)));

        Assert.That(documents.Kind, Is.EqualTo(DeadlineKind.MissingDocuments));
        Assert.That(documents.LastDay, Is.EqualTo(new DateOnly(2026, 5, 18)));
        Assert.That(documents.WarningFrom, Is.EqualTo(new DateOnly(2026, 5, 15)));
        Assert.That(documents.LegalBasis, Does.StartWith("§ 82 Abs. 1 AufenthV").And.Contain("2 Wochen"));
    }

    [Test]
    public void Given_documents_requested_When_time_passes_Then_the_state_goes_ok_warning_overdue()
    {
        var documents = DeadlineRules.MissingDocuments(Monday_2026_05_04, new OfficeDeadline.Within(Period.Weeks(2)));

        Assert.Multiple(() =>
        {
            Assert.That(documents.StateAt(BerlinClock.Noon(new DateOnly(2026, 5, 14))), Is.EqualTo(DeadlineState.Ok));
            Assert.That(documents.StateAt(BerlinClock.At(2026, 5, 15, 0, 0)), Is.EqualTo(DeadlineState.Warning));
            Assert.That(documents.StateAt(BerlinClock.LastSecondOf(new DateOnly(2026, 5, 18))), Is.EqualTo(DeadlineState.Warning));
            Assert.That(documents.StateAt(BerlinClock.At(2026, 5, 19, 0, 0)), Is.EqualTo(DeadlineState.Overdue));
        });
    }

    [Test]
    public void Given_documents_handed_in_after_the_deadline_When_asked_later_Then_the_deadline_is_met()
    {
        var documents = DeadlineRules.MissingDocuments(Monday_2026_05_04, new OfficeDeadline.Within(Period.Weeks(2)))
            .MarkMet(BerlinClock.Noon(new DateOnly(2026, 5, 20)));

        Assert.That(documents.StateAt(BerlinClock.Noon(new DateOnly(2026, 5, 19))), Is.EqualTo(DeadlineState.Overdue));
        Assert.That(documents.StateAt(BerlinClock.Noon(new DateOnly(2026, 5, 21))), Is.EqualTo(DeadlineState.Met));
    }

    [Test]
    public void Given_a_hearing_within_2_weeks_of_Thursday_2026_05_21_Then_Fronleichnam_moves_the_end_to_Friday()
    {
        var hearing = DeadlineRules.Hearing(new DateOnly(2026, 5, 21), new OfficeDeadline.Within(Period.Weeks(2)));

        Assert.That(hearing.Kind, Is.EqualTo(DeadlineKind.Hearing));
        Assert.That(hearing.LastDay, Is.EqualTo(new DateOnly(2026, 6, 5)));
        Assert.That(hearing.WarningFrom, Is.EqualTo(new DateOnly(2026, 6, 3)));
        Assert.That(hearing.LegalBasis, Does.StartWith("§ 28 Abs. 1 VwVfG NRW"));
    }

    [Test]
    public void Given_a_hearing_until_Saturday_2026_05_23_Then_the_end_moves_past_Pfingstmontag_to_Tuesday()
    {
        var hearing = DeadlineRules.Hearing(Monday_2026_05_04, new OfficeDeadline.Until(new DateOnly(2026, 5, 23)));

        Assert.That(hearing.LastDay, Is.EqualTo(new DateOnly(2026, 5, 26)));
        Assert.That(hearing.StateAt(BerlinClock.Noon(new DateOnly(2026, 5, 25))), Is.EqualTo(DeadlineState.Warning));
        Assert.That(hearing.StateAt(BerlinClock.Noon(new DateOnly(2026, 5, 27))), Is.EqualTo(DeadlineState.Overdue));
    }

    [Test]
    public void Given_a_hearing_until_Saturday_named_with_reference_to_section_31_3_Then_the_end_stays_on_Saturday()
    {
        var hearing = DeadlineRules.Hearing(
            Monday_2026_05_04,
            new OfficeDeadline.Until(new DateOnly(2026, 5, 23), NamedWithReferenceToSection31Paragraph3: true));

        Assert.That(hearing.LastDay, Is.EqualTo(new DateOnly(2026, 5, 23)));
        Assert.That(hearing.StateAt(BerlinClock.Noon(new DateOnly(2026, 5, 24))), Is.EqualTo(DeadlineState.Overdue));
        Assert.That(hearing.LegalBasis, Does.Contain("§ 31 Abs. 3 Satz 2"));
    }

    [Test]
    public void Given_a_hearing_answered_in_time_Then_it_is_met()
    {
        var hearing = DeadlineRules.Hearing(Monday_2026_05_04, new OfficeDeadline.Within(Period.Weeks(3)))
            .MarkMet(BerlinClock.Noon(new DateOnly(2026, 5, 12)));

        Assert.That(hearing.StateAt(BerlinClock.Noon(new DateOnly(2026, 6, 30))), Is.EqualTo(DeadlineState.Met));
    }

    [Test]
    public void Given_a_named_end_before_the_letter_was_notified_Then_it_is_refused()
    {
        Assert.That(
            () => DeadlineRules.MissingDocuments(Monday_2026_05_04, new OfficeDeadline.Until(new DateOnly(2026, 5, 1))),
            Throws.ArgumentException.With.Message.Contains("Bekanntgabe"));
    }

    [Test]
    public void Given_a_deadline_ending_the_day_after_notification_Then_the_warning_is_not_before_the_letter()
    {
        var documents = DeadlineRules.MissingDocuments(Monday_2026_05_04, new OfficeDeadline.Until(new DateOnly(2026, 5, 5)));

        Assert.That(documents.WarningFrom, Is.EqualTo(Monday_2026_05_04));
    }
}
