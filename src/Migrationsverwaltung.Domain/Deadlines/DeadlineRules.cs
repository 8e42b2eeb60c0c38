using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Deadlines;

/// <summary>
/// One pure function per timer: trigger dates (and office settings) in, <see cref="Deadline"/> out. The rules
/// know nothing of the case's state; the case decides which of them apply and with which dates.
/// Which timers shift off weekends and holidays, and why, is tabled in docs/calendar-and-deadlines.md.
/// </summary>
public static partial class DeadlineRules
{
    private const string Counting = "Fristberechnung §§ 187 Abs. 1, 188 BGB";
    private const string CountingWithShift = Counting + ", Fristende verschoben nach § 193 BGB / § 31 Abs. 3 VwVfG NRW";
    private const string CountingWithoutShift = Counting + ", ohne Verschiebung auf den nächsten Werktag";

    /// <summary>
    /// Warn from the last working day before the end, so a caseworker sees the warning on a day the office is
    /// open, but never before the trigger (short periods).
    /// </summary>
    private static DateOnly LastWorkingDayBefore(DateOnly lastDay, DateOnly trigger) =>
        Max(WorkingDays.LastBefore(lastDay), trigger);

    /// <summary>Warn a week before the end, for periods of weeks and months, but never before the trigger.</summary>
    private static DateOnly OneWeekBefore(DateOnly lastDay, DateOnly trigger) =>
        Max(lastDay.AddDays(-7), trigger);

    /// <summary>A period counted forward from its trigger (§ 187(1) BGB), warned a week before its last day.</summary>
    private static Deadline CountedForward(DeadlineKind kind, DateOnly trigger, Period period, bool shiftToWorkingDay, string legalBasis)
    {
        var lastDay = DeadlineCalculator.End(trigger, period, shiftToWorkingDay);
        return new Deadline(kind, trigger, lastDay, [OneWeekBefore(lastDay, trigger)], legalBasis);
    }

    private static DateOnly Max(DateOnly first, DateOnly second) => first > second ? first : second;
}
