using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Deadlines;

/// <summary>
/// Period arithmetic of § 31(1) VwVfG / § 57(2) VwGO with §§ 187–193 BGB for periods that start with an
/// event (§ 187(1) BGB): the event's day is not counted, and the period expires at 24:00 Berlin time of its
/// last day (<see cref="BerlinTime.EndOf"/>).
/// </summary>
public static class DeadlineCalculator
{
    /// <summary>
    /// The last day of <paramref name="period"/> after an event on <paramref name="trigger"/>.
    /// With <paramref name="shiftToWorkingDay"/> an end on a Saturday, Sunday or NRW public holiday moves to the
    /// next working day (§ 193 BGB, § 31(3) sentence 1 VwVfG, § 222(2) ZPO). Without it the end stays put — for
    /// marks that are not periods within which someone must act (reminders, waiting times, internal targets).
    /// </summary>
    public static DateOnly End(DateOnly trigger, Period period, bool shiftToWorkingDay)
    {
        var lastDay = period.LastDayAfter(trigger);
        return shiftToWorkingDay ? WorkingDays.OnOrAfter(lastDay) : lastDay;
    }

    /// <summary>The instant the period expires: 24:00 Berlin time of <see cref="End"/>.</summary>
    public static DateTimeOffset ExpiresAt(DateOnly trigger, Period period, bool shiftToWorkingDay) =>
        BerlinTime.EndOf(End(trigger, period, shiftToWorkingDay));
}
