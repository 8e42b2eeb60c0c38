using Migrationsverwaltung.Domain.Deadlines;

namespace Migrationsverwaltung.Domain.Tests.Deadlines;

public class DeadlineTests
{
    private static readonly DateOnly Trigger = new(2026, 3, 4);
    private static readonly DateOnly LastDay = new(2026, 3, 18);

    [Test]
    public void Given_no_warning_mark_When_creating_a_deadline_Then_it_is_refused()
    {
        Assert.That(
            () => new Deadline(DeadlineKind.AppointmentWait, Trigger, LastDay, [], "Servicestandard"),
            Throws.ArgumentException);
    }

    [Test]
    public void Given_a_warning_mark_after_the_last_day_When_creating_a_deadline_Then_it_is_refused()
    {
        Assert.That(
            () => new Deadline(DeadlineKind.AppointmentWait, Trigger, LastDay, [LastDay.AddDays(1)], "Servicestandard"),
            Throws.ArgumentException);
    }

    [Test]
    public void Given_warning_marks_out_of_order_When_creating_a_deadline_Then_they_are_sorted_and_the_first_is_WarningFrom()
    {
        var deadline = new Deadline(DeadlineKind.AppointmentWait, Trigger, LastDay, [LastDay, Trigger.AddDays(7)], "Servicestandard");

        Assert.That(deadline.WarningMarks, Is.EqualTo(new[] { Trigger.AddDays(7), LastDay }));
        Assert.That(deadline.WarningFrom, Is.EqualTo(Trigger.AddDays(7)));
    }

    [Test]
    public void Given_two_deadlines_computed_alike_Then_they_are_equal_including_their_marks()
    {
        var first = DeadlineRules.InactionLawsuitRisk(Trigger);
        var second = DeadlineRules.InactionLawsuitRisk(Trigger);

        Assert.That(second, Is.Not.SameAs(first));
        Assert.That(second, Is.EqualTo(first));
        Assert.That(second.GetHashCode(), Is.EqualTo(first.GetHashCode()));
        Assert.That(DeadlineRules.InactionLawsuitRisk(Trigger.AddDays(1)), Is.Not.EqualTo(first));
    }

    [Test]
    public void Given_a_met_deadline_Then_it_differs_from_the_open_one_and_keeps_its_dates()
    {
        var open = DeadlineRules.AppointmentWait(Trigger);
        var met = open.MarkMet(BerlinClock.Noon(Trigger.AddDays(3)));

        Assert.That(met, Is.Not.EqualTo(open));
        Assert.That(met.LastDay, Is.EqualTo(open.LastDay));
        Assert.That(met.WarningMarks, Is.EqualTo(open.WarningMarks));
        Assert.That(open.MetAt, Is.Null);
    }

    [Test]
    public void Given_a_deadline_met_after_it_expired_Then_it_counts_as_met_from_then_on()
    {
        var met = DeadlineRules.AppointmentWait(Trigger).MarkMet(BerlinClock.Noon(LastDay.AddDays(2)));

        Assert.That(met.StateAt(BerlinClock.Noon(LastDay.AddDays(1))), Is.EqualTo(DeadlineState.Overdue));
        Assert.That(met.StateAt(BerlinClock.Noon(LastDay.AddDays(2))), Is.EqualTo(DeadlineState.Met));
    }

    [Test]
    public void Given_now_in_another_time_zone_Then_the_state_follows_the_Berlin_calendar()
    {
        var fiction = DeadlineRules.BaConsentFiction(Trigger, shortened: false);
        // 18:30 in New York on 18 March is 23:30 in Berlin: still day 14. 19:30 is already day 15 in Berlin.
        var newYork = TimeSpan.FromHours(-4);

        Assert.That(fiction.StateAt(new DateTimeOffset(2026, 3, 18, 18, 30, 0, newYork)), Is.EqualTo(DeadlineState.Warning));
        Assert.That(fiction.StateAt(new DateTimeOffset(2026, 3, 18, 19, 30, 0, newYork)), Is.EqualTo(DeadlineState.Overdue));
    }
}
