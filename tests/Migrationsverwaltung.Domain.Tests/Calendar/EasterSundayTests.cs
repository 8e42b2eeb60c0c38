using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Tests.Calendar;

public class EasterSundayTests
{
    [TestCase(2000, 4, 23)]
    [TestCase(2024, 3, 31)]
    [TestCase(2025, 4, 20)]
    [TestCase(2026, 4, 5)]
    [TestCase(2027, 3, 28)]
    [TestCase(2028, 4, 16)]
    [TestCase(2038, 4, 25)]
    [TestCase(2285, 3, 22)]
    public void Given_a_year_When_computing_Easter_Then_the_Gregorian_date_is_returned(int year, int month, int day)
    {
        Assert.That(EasterSunday.Of(year), Is.EqualTo(new DateOnly(year, month, day)));
    }

    [Test]
    public void Given_any_year_When_computing_Easter_Then_it_is_a_Sunday_between_22_March_and_25_April()
    {
        for (var year = 1583; year <= 9999; year++)
        {
            var easter = EasterSunday.Of(year);
            Assert.That(easter.DayOfWeek, Is.EqualTo(DayOfWeek.Sunday), $"{year}");
            Assert.That(easter, Is.InRange(new DateOnly(year, 3, 22), new DateOnly(year, 4, 25)), $"{year}");
        }
    }
}
