namespace Migrationsverwaltung.Domain.Calendar;

/// <summary>
/// The office's legal clock: periods are counted in whole days of the Europe/Berlin calendar and end at
/// 24:00 Berlin time of their last day, whatever the server's own time zone is.
/// </summary>
public static class BerlinTime
{
    /// <summary>
    /// The system's tz database entry, so that a future change of the law (e.g. the EU ending daylight saving)
    /// arrives with the operating system's tzdata. Where tzdata is missing (slim containers; with
    /// InvariantGlobalization there is no ICU fallback) the EU rule in force since 1996 stands in, so deadline
    /// arithmetic never fails at run time.
    /// </summary>
    public static TimeZoneInfo Zone { get; } = LoadZone();

    /// <summary>The Berlin calendar date at the instant <paramref name="now"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);

    /// <summary>00:00 Berlin time of <paramref name="date"/> as an instant.</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        // Berlin switches at 02:00/03:00, so midnight is never skipped or repeated: the offset is unambiguous.
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    /// <summary>
    /// 24:00 Berlin time of <paramref name="date"/> (= 00:00 of the next day), the instant a period ending on
    /// that day expires (§ 188(1) BGB: "mit dem Ablauf des letzten Tages").
    /// </summary>
    public static DateTimeOffset EndOf(DateOnly date) => StartOf(date.AddDays(1));

    private static TimeZoneInfo LoadZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return CentralEuropeanRule();
        }
    }

    /// <summary>
    /// CET (UTC+1), CEST (UTC+2) from the last Sunday of March 02:00 to the last Sunday of October 03:00: the
    /// stand-in for missing tzdata, public so that tests can hold it against the real tz database.
    /// </summary>
    public static TimeZoneInfo CentralEuropeanRule()
    {
        var summerTime = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            DateTime.MinValue.Date,
            DateTime.MaxValue.Date,
            TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday));
        return TimeZoneInfo.CreateCustomTimeZone(
            "Europe/Berlin", TimeSpan.FromHours(1), "Europe/Berlin (EU rule)", "CET", "CEST", [summerTime]);
    }
}
