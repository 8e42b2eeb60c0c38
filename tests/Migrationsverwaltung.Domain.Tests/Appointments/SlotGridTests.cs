using Migrationsverwaltung.Domain.Appointments;

namespace Migrationsverwaltung.Domain.Tests.Appointments;

public class SlotGridTests
{
    private static readonly OpeningCalendar Weekdays = OpeningCalendar.Standard;

    /// <summary>A night service open on Sundays 01:00–04:00, the hours the clock changes fall into.</summary>
    private static readonly OpeningCalendar SundayNights = OpeningCalendar.Of(new OpeningPeriod(DayOfWeek.Sunday, new(1, 0), new(4, 0)));

    private static IReadOnlyList<SlotTime> Slots(OpeningCalendar calendar, string from, string to, AppointmentService service = AppointmentService.Counselling) =>
        SlotGrid.Generate(calendar, service, DateOnly.Parse(from), DateOnly.Parse(to));

    [TestCase("2026-03-27", "2026-03-27T07:00:00Z", TestName = "08:00 on the Friday before summer time is 07:00Z")]
    [TestCase("2026-03-30", "2026-03-30T06:00:00Z", TestName = "08:00 on the Monday after summer time is 06:00Z")]
    [TestCase("2026-10-23", "2026-10-23T06:00:00Z", TestName = "08:00 on the Friday before winter time is 06:00Z")]
    [TestCase("2026-10-26", "2026-10-26T07:00:00Z", TestName = "08:00 on the Monday after winter time is 07:00Z")]
    public void The_first_slot_is_08_00_Berlin_time_on_both_sides_of_a_clock_change(string day, string expectedUtc)
    {
        var first = Slots(Weekdays, day, day)[0];

        Assert.Multiple(() =>
        {
            Assert.That(first.LocalStart, Is.EqualTo(new TimeOnly(8, 0)));
            Assert.That(first.Start.UtcDateTime, Is.EqualTo(DateTimeOffset.Parse(expectedUtc).UtcDateTime));
            Assert.That(first.End - first.Start, Is.EqualTo(TimeSpan.FromMinutes(30)));
        });
    }

    [Test]
    public void Given_the_spring_change_When_slots_are_laid_Then_none_starts_in_the_skipped_hour()
    {
        var slots = Slots(SundayNights, "2026-03-29", "2026-03-29");

        Assert.Multiple(() =>
        {
            Assert.That(slots.Select(s => s.LocalStart.ToString("HH:mm")), Is.EqualTo(new[] { "01:00", "01:30", "03:00", "03:30" }));
            Assert.That(slots.Select(s => s.Start.UtcDateTime.ToString("HH:mm")), Is.EqualTo(new[] { "00:00", "00:30", "01:00", "01:30" }));
        });
    }

    [Test]
    public void Given_the_autumn_change_When_slots_are_laid_Then_the_repeated_hour_gives_each_local_time_once()
    {
        var slots = Slots(SundayNights, "2026-10-25", "2026-10-25");

        Assert.Multiple(() =>
        {
            Assert.That(slots.Select(s => s.LocalStart.ToString("HH:mm")), Is.EqualTo(new[] { "01:00", "01:30", "02:00", "02:30", "03:00", "03:30" }));
            Assert.That(slots.Select(s => s.Start).Distinct().Count(), Is.EqualTo(slots.Count), "no two slots at the same instant");
            Assert.That(slots.Zip(slots.Skip(1)).All(pair => pair.First.End <= pair.Second.Start), "slots do not overlap");
            // 02:00 is taken at its first occurrence (still summer time, 00:00Z), not at 01:00Z.
            Assert.That(slots[2].Start.UtcDateTime, Is.EqualTo(new DateTime(2026, 10, 25, 0, 0, 0, DateTimeKind.Utc)));
        });
    }

    [TestCase("2026-04-03", TestName = "Karfreitag 2026 has no slots")]
    [TestCase("2026-04-06", TestName = "Ostermontag 2026 has no slots")]
    [TestCase("2026-05-01", TestName = "Tag der Arbeit 2026 (a Friday) has no slots")]
    [TestCase("2026-06-04", TestName = "Fronleichnam 2026 has no slots")]
    [TestCase("2026-10-03", TestName = "Tag der Deutschen Einheit has no slots")]
    [TestCase("2026-03-28", TestName = "A Saturday has no slots")]
    public void Closed_days_have_no_slots(string day) => Assert.That(Slots(Weekdays, day, day), Is.Empty);

    [Test]
    public void Given_Easter_week_When_slots_are_laid_Then_only_the_working_days_have_them()
    {
        var days = Slots(Weekdays, "2026-03-30", "2026-04-10").Select(s => s.Date).Distinct();

        Assert.That(days.Select(d => d.ToString("MM-dd")), Is.EqualTo(new[] { "03-30", "03-31", "04-01", "04-02", "04-07", "04-08", "04-09", "04-10" }));
    }

    [Test]
    public void Given_a_Thursday_When_slots_of_twenty_minutes_are_laid_Then_both_periods_are_filled_to_their_end()
    {
        var slots = Slots(Weekdays, "2026-04-02", "2026-04-02", AppointmentService.Biometrics);

        Assert.Multiple(() =>
        {
            Assert.That(slots, Has.Count.EqualTo(24));
            Assert.That(slots[11].LocalStart, Is.EqualTo(new TimeOnly(11, 40)));
            Assert.That(slots[12].LocalStart, Is.EqualTo(new TimeOnly(14, 0)));
            Assert.That(slots[^1].End.ToOffset(TimeSpan.FromHours(2)).TimeOfDay, Is.EqualTo(new TimeSpan(18, 0, 0)));
        });
    }

    [Test]
    public void A_closing_day_of_the_location_has_no_slots() =>
        Assert.That(Slots(Weekdays.ClosedAlsoOn(new DateOnly(2026, 4, 1)), "2026-04-01", "2026-04-01"), Is.Empty);

    [Test]
    public void An_opening_period_that_ends_before_it_begins_is_refused() =>
        Assert.Throws<ArgumentException>(() => OpeningCalendar.Of(new OpeningPeriod(DayOfWeek.Monday, new(12, 0), new(8, 0))));

    [Test]
    public void A_local_time_in_the_skipped_hour_has_no_instant() =>
        Assert.That(SlotGrid.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30)), Is.Null);
}
