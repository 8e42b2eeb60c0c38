using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Tests;

/// <summary>Instants written as a Berlin wall clock shows them, so tests read like the office's calendar.</summary>
internal static class BerlinClock
{
    public static DateTimeOffset At(int year, int month, int day, int hour = 12, int minute = 0, int second = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, BerlinTime.Zone.GetUtcOffset(local));
    }

    /// <summary>The last second of a Berlin day: still inside a period that ends on that day.</summary>
    public static DateTimeOffset LastSecondOf(DateOnly day) => At(day.Year, day.Month, day.Day, 23, 59, 59);

    public static DateTimeOffset Noon(DateOnly day) => At(day.Year, day.Month, day.Day);
}
