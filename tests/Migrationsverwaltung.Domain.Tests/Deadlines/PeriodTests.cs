using Migrationsverwaltung.Domain.Deadlines;

namespace Migrationsverwaltung.Domain.Tests.Deadlines;

public class PeriodTests
{
    [Test]
    public void Given_an_empty_or_negative_period_When_creating_it_Then_it_is_refused()
    {
        Assert.That(() => Period.Days(0), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => Period.Months(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Given_two_periods_with_the_same_count_and_unit_Then_they_are_equal_but_weeks_are_not_days()
    {
        var twoWeeks = Period.Weeks(2);

        Assert.That(Period.Weeks(2), Is.EqualTo(twoWeeks));
        Assert.That(Period.Weeks(2), Is.Not.EqualTo(Period.Days(14)));
    }

    [TestCase(1, PeriodUnit.Days, "1 Tag")]
    [TestCase(14, PeriodUnit.Days, "14 Tage")]
    [TestCase(1, PeriodUnit.Weeks, "1 Woche")]
    [TestCase(3, PeriodUnit.Weeks, "3 Wochen")]
    [TestCase(1, PeriodUnit.Months, "1 Monat")]
    [TestCase(3, PeriodUnit.Months, "3 Monate")]
    [TestCase(1, PeriodUnit.Years, "1 Jahr")]
    [TestCase(2, PeriodUnit.Years, "2 Jahre")]
    public void Periods_read_in_German(int count, PeriodUnit unit, string expected)
    {
        var period = unit switch
        {
            PeriodUnit.Days => Period.Days(count),
            PeriodUnit.Weeks => Period.Weeks(count),
            PeriodUnit.Months => Period.Months(count),
            _ => Period.Years(count),
        };

        Assert.That(period.ToString(), Is.EqualTo(expected));
    }
}
