using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Tests.Calendar;

public class NrwPublicHolidaysTests
{
    private static readonly string[] NamesInOrder =
    [
        "Neujahr", "Karfreitag", "Ostermontag", "Tag der Arbeit", "Christi Himmelfahrt", "Pfingstmontag",
        "Fronleichnam", "Tag der Deutschen Einheit", "Allerheiligen", "1. Weihnachtstag", "2. Weihnachtstag",
    ];

    [TestCase(2026, "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25", "2026-06-04", "2026-10-03", "2026-11-01", "2026-12-25", "2026-12-26")]
    [TestCase(2027, "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-17", "2027-05-27", "2027-10-03", "2027-11-01", "2027-12-25", "2027-12-26")]
    [TestCase(2028, "2028-01-01", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-25", "2028-06-05", "2028-06-15", "2028-10-03", "2028-11-01", "2028-12-25", "2028-12-26")]
    public void Given_a_year_When_listing_NRW_holidays_Then_the_eleven_statutory_days_come_in_order(int year, params string[] expected)
    {
        var holidays = NrwPublicHolidays.Of(year);

        Assert.That(holidays.Select(holiday => holiday.Date), Is.EqualTo(expected.Select(DateOnly.Parse)));
        Assert.That(holidays.Select(holiday => holiday.Name), Is.EqualTo(NamesInOrder));
    }

    [Test]
    public void Given_2017_When_listing_NRW_holidays_Then_the_one_off_Reformation_day_is_included()
    {
        Assert.That(NrwPublicHolidays.NameOf(new DateOnly(2017, 10, 31)), Is.EqualTo("Reformationstag (einmalig)"));
        Assert.That(NrwPublicHolidays.IsHoliday(new DateOnly(2026, 10, 31)), Is.False);
    }

    [Test]
    public void Given_days_that_are_holidays_elsewhere_in_Germany_When_asking_NRW_Then_they_are_ordinary_days()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NrwPublicHolidays.IsHoliday(new DateOnly(2026, 1, 6)), Is.False, "Heilige Drei Könige (BW, BY, ST)");
            Assert.That(NrwPublicHolidays.IsHoliday(new DateOnly(2026, 3, 8)), Is.False, "Frauentag (BE, MV)");
            Assert.That(NrwPublicHolidays.IsHoliday(new DateOnly(2026, 8, 15)), Is.False, "Mariä Himmelfahrt (SL, parts of BY)");
            Assert.That(NrwPublicHolidays.IsHoliday(new DateOnly(2026, 11, 18)), Is.False, "Buß- und Bettag (SN)");
            Assert.That(NrwPublicHolidays.IsHoliday(new DateOnly(2026, 12, 24)), Is.False, "Heiligabend is no statutory holiday");
            Assert.That(NrwPublicHolidays.IsHoliday(new DateOnly(2026, 2, 16)), Is.False, "Rosenmontag is only a day off by custom");
        });
    }

    [Test]
    public void Given_an_ordinary_day_When_asking_its_name_Then_there_is_none()
    {
        Assert.That(NrwPublicHolidays.NameOf(new DateOnly(2026, 3, 18)), Is.Null);
    }
}
