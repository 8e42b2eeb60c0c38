using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Tests.Calendar;

public class WorkingDaysTests
{
    [TestCase("2026-03-18", true, TestName = "Wednesday is a working day")]
    [TestCase("2026-03-21", false, TestName = "Saturday is no working day")]
    [TestCase("2026-03-22", false, TestName = "Sunday is no working day")]
    [TestCase("2026-04-03", false, TestName = "Karfreitag is no working day")]
    [TestCase("2026-06-04", false, TestName = "Fronleichnam is no working day")]
    [TestCase("2026-12-24", true, TestName = "Heiligabend is a working day")]
    public void IsWorkingDay(string date, bool expected)
    {
        Assert.That(WorkingDays.IsWorkingDay(DateOnly.Parse(date)), Is.EqualTo(expected));
    }

    [Test]
    public void Given_Gruendonnerstag_2026_When_asking_for_the_next_working_day_Then_it_is_the_Tuesday_after_Easter()
    {
        Assert.That(WorkingDays.NextAfter(new DateOnly(2026, 4, 2)), Is.EqualTo(new DateOnly(2026, 4, 7)));
    }

    [Test]
    public void Given_a_working_day_When_asking_on_or_after_Then_it_is_the_day_itself_else_the_next_one()
    {
        Assert.That(WorkingDays.OnOrAfter(new DateOnly(2026, 3, 18)), Is.EqualTo(new DateOnly(2026, 3, 18)));
        Assert.That(WorkingDays.OnOrAfter(new DateOnly(2026, 12, 25)), Is.EqualTo(new DateOnly(2026, 12, 28)));
    }

    [Test]
    public void Given_the_Monday_after_Christmas_2026_When_asking_for_the_last_working_day_before_Then_it_is_Heiligabend()
    {
        Assert.That(WorkingDays.LastBefore(new DateOnly(2026, 12, 28)), Is.EqualTo(new DateOnly(2026, 12, 24)));
    }

    [TestCase("2026-03-18", 3, "2026-03-23", TestName = "Wednesday plus 3 working days is the Monday after")]
    [TestCase("2026-03-21", 1, "2026-03-23", TestName = "Saturday plus 1 working day is Monday: the event day is not counted")]
    [TestCase("2026-04-01", 3, "2026-04-08", TestName = "Wednesday before Easter plus 3 working days skips Karfreitag and Ostermontag")]
    [TestCase("2026-12-23", 3, "2026-12-29", TestName = "23 December plus 3 working days skips Christmas")]
    [TestCase("2026-03-18", 0, "2026-03-18", TestName = "Adding no working days leaves the date")]
    public void Add(string date, int count, string expected)
    {
        Assert.That(WorkingDays.Add(DateOnly.Parse(date), count), Is.EqualTo(DateOnly.Parse(expected)));
    }

    [Test]
    public void Given_a_negative_count_When_adding_working_days_Then_it_is_refused()
    {
        Assert.That(() => WorkingDays.Add(new DateOnly(2026, 3, 18), -1), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
