using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Tests.Calendar;

public class BerlinTimeTests
{
    [Test]
    public void Given_this_machine_When_loading_the_zone_Then_the_tz_database_entry_is_used()
    {
        // The fallback only stands in where tzdata is missing; here /usr/share/zoneinfo must be found.
        Assert.That(BerlinTime.Zone.DisplayName, Does.Not.Contain("EU rule"));
        Assert.That(BerlinTime.Zone.BaseUtcOffset, Is.EqualTo(TimeSpan.FromHours(1)));
    }

    [TestCase("2026-03-28", "2026-03-28T23:00:00Z", TestName = "End of the Saturday before summer time is 23:00Z (CET)")]
    [TestCase("2026-03-29", "2026-03-29T22:00:00Z", TestName = "End of the summer-time Sunday is 22:00Z (CEST)")]
    [TestCase("2026-07-15", "2026-07-15T22:00:00Z", TestName = "End of a summer day is 22:00Z")]
    [TestCase("2026-10-24", "2026-10-24T22:00:00Z", TestName = "End of the Saturday before winter time is 22:00Z (CEST)")]
    [TestCase("2026-10-25", "2026-10-25T23:00:00Z", TestName = "End of the winter-time Sunday is 23:00Z (CET)")]
    [TestCase("2026-12-28", "2026-12-28T23:00:00Z", TestName = "End of a winter day is 23:00Z")]
    public void EndOf_is_24_00_Berlin_time(string date, string expectedUtc)
    {
        var end = BerlinTime.EndOf(DateOnly.Parse(date));

        Assert.That(end.UtcDateTime, Is.EqualTo(DateTimeOffset.Parse(expectedUtc).UtcDateTime));
    }

    [Test]
    public void Given_the_days_of_the_clock_changes_When_measuring_them_Then_they_last_23_and_25_hours()
    {
        Assert.Multiple(() =>
        {
            Assert.That(BerlinTime.EndOf(new DateOnly(2026, 3, 29)) - BerlinTime.StartOf(new DateOnly(2026, 3, 29)), Is.EqualTo(TimeSpan.FromHours(23)));
            Assert.That(BerlinTime.EndOf(new DateOnly(2026, 10, 25)) - BerlinTime.StartOf(new DateOnly(2026, 10, 25)), Is.EqualTo(TimeSpan.FromHours(25)));
        });
    }

    [TestCase("2026-03-29T21:59:59Z", "2026-03-29")]
    [TestCase("2026-03-29T22:00:00Z", "2026-03-30")]
    [TestCase("2026-10-25T22:59:59Z", "2026-10-25")]
    [TestCase("2026-10-25T23:00:00Z", "2026-10-26")]
    [TestCase("2026-12-31T23:30:00Z", "2027-01-01")]
    [TestCase("2026-06-01T06:00:00-07:00", "2026-06-01")]
    public void DateOf_gives_the_Berlin_calendar_date_of_an_instant(string instant, string expected)
    {
        Assert.That(BerlinTime.DateOf(DateTimeOffset.Parse(instant)), Is.EqualTo(DateOnly.Parse(expected)));
    }

    [Test]
    public void Given_the_built_in_EU_rule_When_compared_with_tzdata_Then_both_agree_from_1996_to_2037()
    {
        var rule = BerlinTime.CentralEuropeanRule();
        foreach (var instant in AroundEveryClockChange(1996, 2037))
        {
            Assert.That(rule.GetUtcOffset(instant), Is.EqualTo(BerlinTime.Zone.GetUtcOffset(instant)), $"{instant:O}");
        }
    }

    /// <summary>Every minute from 00:00Z to 02:00Z on the last days of March and October (changes are at 01:00Z), and mid-season.</summary>
    private static IEnumerable<DateTimeOffset> AroundEveryClockChange(int fromYear, int toYear)
    {
        for (var year = fromYear; year <= toYear; year++)
        {
            foreach (var month in new[] { 3, 10 })
            {
                for (var day = 25; day <= 31; day++)
                {
                    var midnight = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
                    for (var minute = 0; minute <= 120; minute++)
                    {
                        yield return midnight.AddMinutes(minute);
                    }
                }
            }
            yield return new DateTimeOffset(year, 1, 15, 12, 0, 0, TimeSpan.Zero);
            yield return new DateTimeOffset(year, 7, 15, 12, 0, 0, TimeSpan.Zero);
        }
    }
}
