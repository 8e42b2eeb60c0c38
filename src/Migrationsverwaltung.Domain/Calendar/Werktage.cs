namespace Migrationsverwaltung.Domain.Calendar;

/// <summary>
/// Werktage in the statutory sense: every day except Sundays and public holidays, so Saturday counts.
/// Statutes that say "Werktage" (e.g. § 81a(3) no. 3 AufenthG, "innerhalb von drei Werktagen") mean this,
/// not the office's Monday-to-Friday <see cref="WorkingDays"/>.
/// </summary>
public static class Werktage
{
    public static bool IsWerktag(DateOnly date) =>
        date.DayOfWeek != DayOfWeek.Sunday && !NrwPublicHolidays.IsHoliday(date);

    /// <summary>The <paramref name="count"/>-th Werktag after <paramref name="date"/>; the event day is not counted.</summary>
    public static DateOnly Add(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var result = date;
        for (var counted = 0; counted < count;)
        {
            result = result.AddDays(1);
            if (IsWerktag(result))
            {
                counted++;
            }
        }
        return result;
    }
}
