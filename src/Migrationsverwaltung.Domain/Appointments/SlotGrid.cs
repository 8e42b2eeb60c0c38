using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Appointments;

/// <summary>
/// Slots of one service on a location's opening calendar. The grid is laid in Berlin wall-clock time: every
/// opening period is cut into steps of the service's duration, each step is one local start time, and only
/// then is it turned into an instant. So an 08:00 slot is 08:00 local before and after a clock change; a local
/// time the spring change skips (02:00–02:59 on the last Sunday of March) yields no slot; a local time the
/// autumn change repeats yields one slot, at its first (summer-time) occurrence, never two.
/// </summary>
public static class SlotGrid
{
    public static IReadOnlyList<SlotTime> Generate(OpeningCalendar calendar, AppointmentService service, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException("Das Ende des Zeitraums liegt vor seinem Beginn.");
        }
        var duration = AppointmentServices.DurationOf(service);
        var slots = new List<SlotTime>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            foreach (var period in calendar.PeriodsOn(date))
            {
                slots.AddRange(SlotsIn(date, period, duration));
            }
        }
        return slots;
    }

    private static IEnumerable<SlotTime> SlotsIn(DateOnly date, OpeningPeriod period, TimeSpan duration)
    {
        // Minutes since midnight on the wall clock; TimeOnly would wrap at 24:00.
        var close = period.Closes.ToTimeSpan();
        for (var start = period.Opens.ToTimeSpan(); start + duration <= close; start += duration)
        {
            var localStart = TimeOnly.FromTimeSpan(start);
            if (ToInstant(date, localStart) is { } instant)
            {
                yield return new SlotTime(date, localStart, instant, instant + duration);
            }
        }
    }

    /// <summary>The instant of a Berlin wall-clock time; null in the skipped hour, the earlier instant in the repeated one.</summary>
    public static DateTimeOffset? ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        var zone = BerlinTime.Zone;
        if (zone.IsInvalidTime(local))
        {
            return null;
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
