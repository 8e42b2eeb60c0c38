namespace Migrationsverwaltung.Domain.Calendar;

/// <summary>Easter Sunday of the Gregorian calendar, the anchor of the movable NRW holidays.</summary>
public static class EasterSunday
{
    /// <summary>
    /// The anonymous Gregorian computus (Meeus/Jones/Butcher). Pure integer arithmetic, so it holds for every
    /// year <see cref="DateOnly"/> can represent, without a lookup table that would run out.
    /// </summary>
    public static DateOnly Of(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);

        var golden = year % 19;
        var century = year / 100;
        var yearOfCentury = year % 100;
        var leapCenturies = century / 4;
        var centuryRemainder = century % 4;
        var lunarCorrection = (century + 8) / 25;
        var solarCorrection = (century - lunarCorrection + 1) / 3;
        var epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
        var yearQuarter = yearOfCentury / 4;
        var yearQuarterRemainder = yearOfCentury % 4;
        var weekday = (32 + 2 * centuryRemainder + 2 * yearQuarter - epact - yearQuarterRemainder) % 7;
        var correction = (golden + 11 * epact + 22 * weekday) / 451;
        var monthAndDay = epact + weekday - 7 * correction + 114;

        return new DateOnly(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }
}
