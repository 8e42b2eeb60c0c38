namespace Migrationsverwaltung.Domain.Calendar;

/// <summary>
/// Working days (Arbeitstage) of the office: Monday to Friday, except NRW public holidays. This is the
/// "nächster Werktag" of § 193 BGB / § 31(3) VwVfG, both of which exclude Saturday explicitly.
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !NrwPublicHolidays.IsHoliday(date);

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public static DateOnly NextAfter(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsWorkingDay(next))
        {
            next = next.AddDays(1);
        }
        return next;
    }

    /// <summary><paramref name="date"/> itself if it is a working day, else the next one.</summary>
    public static DateOnly OnOrAfter(DateOnly date) => IsWorkingDay(date) ? date : NextAfter(date);

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    public static DateOnly LastBefore(DateOnly date)
    {
        var previous = date.AddDays(-1);
        while (!IsWorkingDay(previous))
        {
            previous = previous.AddDays(-1);
        }
        return previous;
    }

    /// <summary>
    /// The <paramref name="count"/>-th working day after <paramref name="date"/>. Like § 187(1) BGB, the day
    /// of the event is not counted, whether or not it is a working day itself.
    /// </summary>
    public static DateOnly Add(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var result = date;
        for (var counted = 0; counted < count; counted++)
        {
            result = NextAfter(result);
        }
        return result;
    }
}
