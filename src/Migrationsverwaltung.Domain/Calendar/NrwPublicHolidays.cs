namespace Migrationsverwaltung.Domain.Calendar;

/// <summary>
/// The statutory public holidays of North Rhine-Westphalia (Feiertagsgesetz NW § 2, plus the federal
/// Tag der Deutschen Einheit). They matter because § 193 BGB and § 31(3) VwVfG move a period's end off
/// "a public holiday at the place where the act is to be done" — for this office, NRW.
/// </summary>
/// <remarks>
/// Today's list is applied to every year: historic changes are irrelevant for open cases. Sundays that are
/// also holidays (Ostersonntag, Pfingstsonntag) are left out: a Sunday is never a working day anyway.
/// </remarks>
public static class NrwPublicHolidays
{
    public static IReadOnlyList<PublicHoliday> Of(int year)
    {
        var easter = EasterSunday.Of(year);
        var holidays = new List<PublicHoliday>
        {
            new(new DateOnly(year, 1, 1), "Neujahr"),
            new(easter.AddDays(-2), "Karfreitag"),
            new(easter.AddDays(1), "Ostermontag"),
            new(new DateOnly(year, 5, 1), "Tag der Arbeit"),
            new(easter.AddDays(39), "Christi Himmelfahrt"),
            new(easter.AddDays(50), "Pfingstmontag"),
            new(easter.AddDays(60), "Fronleichnam"),
            new(new DateOnly(year, 10, 3), "Tag der Deutschen Einheit"),
            new(new DateOnly(year, 11, 1), "Allerheiligen"),
            new(new DateOnly(year, 12, 25), "1. Weihnachtstag"),
            new(new DateOnly(year, 12, 26), "2. Weihnachtstag"),
        };

        // The 500th anniversary of the Reformation was a one-off holiday in every state, NRW included;
        // files of 2017 replayed today must still see it.
        if (year == 2017)
        {
            holidays.Add(new PublicHoliday(new DateOnly(2017, 10, 31), "Reformationstag (einmalig)"));
        }

        return holidays.OrderBy(holiday => holiday.Date).ToList();
    }

    public static bool IsHoliday(DateOnly date) => NameOf(date) is not null;

    /// <summary>The holiday's name, or null on an ordinary day.</summary>
    public static string? NameOf(DateOnly date) =>
        Of(date.Year).FirstOrDefault(holiday => holiday.Date == date)?.Name;
}
