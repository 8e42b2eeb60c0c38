using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Appointments;

/// <summary>
/// When a location is open: weekly periods in Berlin wall-clock time, closed on NRW public holidays and on the
/// location's own closing days (staff meeting, move). A period is a wall-clock interval on a calendar day, so
/// "Monday 08:00" stays 08:00 local across a daylight-saving change.
/// </summary>
public sealed record OpeningCalendar(IReadOnlyList<OpeningPeriod> Weekly, IReadOnlySet<DateOnly> ClosedOn)
{
    public static OpeningCalendar Of(params OpeningPeriod[] weekly) => new(weekly.Select(p => p.Validated()).ToList(), new HashSet<DateOnly>());

    /// <summary>The usual office hours: Monday to Friday 08:00–12:00, Thursday also 14:00–18:00.</summary>
    public static OpeningCalendar Standard { get; } = Of(
        new(DayOfWeek.Monday, new(8, 0), new(12, 0)),
        new(DayOfWeek.Tuesday, new(8, 0), new(12, 0)),
        new(DayOfWeek.Wednesday, new(8, 0), new(12, 0)),
        new(DayOfWeek.Thursday, new(8, 0), new(12, 0)),
        new(DayOfWeek.Thursday, new(14, 0), new(18, 0)),
        new(DayOfWeek.Friday, new(8, 0), new(12, 0)));

    public OpeningCalendar ClosedAlsoOn(params DateOnly[] days) => this with { ClosedOn = ClosedOn.Union(days).ToHashSet() };

    public bool IsClosedOn(DateOnly date) => NrwPublicHolidays.IsHoliday(date) || ClosedOn.Contains(date);

    /// <summary>The day's opening periods in order; none on a holiday or closing day.</summary>
    public IReadOnlyList<OpeningPeriod> PeriodsOn(DateOnly date) => IsClosedOn(date)
        ? []
        : Weekly.Where(p => p.Day == date.DayOfWeek).OrderBy(p => p.Opens).ToList();
}
