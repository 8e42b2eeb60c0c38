namespace Migrationsverwaltung.Domain.Deadlines;

public enum PeriodUnit
{
    Days,
    Weeks,
    Months,
    Years,
}

/// <summary>
/// A period (Frist) as statutes and letters state it: "14 Tage", "zwei Wochen", "drei Monate", "ein Jahr".
/// Weeks and months are kept as such rather than converted to days, because § 188(2),(3) BGB end them on the
/// same weekday or date, not after a number of days.
/// </summary>
public sealed record Period
{
    private Period(int count, PeriodUnit unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        Count = count;
        Unit = unit;
    }

    public int Count { get; }

    public PeriodUnit Unit { get; }

    public static Period Days(int count) => new(count, PeriodUnit.Days);

    public static Period Weeks(int count) => new(count, PeriodUnit.Weeks);

    public static Period Months(int count) => new(count, PeriodUnit.Months);

    public static Period Years(int count) => new(count, PeriodUnit.Years);

    /// <summary>
    /// The last day of the period counted from an event on <paramref name="trigger"/>, without any shift.
    /// <see cref="DateOnly.AddMonths"/> and <see cref="DateOnly.AddYears"/> fall back to the month's last day
    /// when the date does not exist, exactly as § 188(3) BGB demands (31 Jan + 1 month = 28/29 Feb).
    /// </summary>
    public DateOnly LastDayAfter(DateOnly trigger) => Unit switch
    {
        PeriodUnit.Days => trigger.AddDays(Count),
        PeriodUnit.Weeks => trigger.AddDays(7 * Count),
        PeriodUnit.Months => trigger.AddMonths(Count),
        PeriodUnit.Years => trigger.AddYears(Count),
        _ => throw new ArgumentOutOfRangeException(nameof(Unit), Unit, "Unbekannte Fristeinheit."),
    };

    /// <summary>The German wording used in letters and legal-basis texts, e.g. "2 Wochen".</summary>
    public override string ToString() => (Unit, Count) switch
    {
        (PeriodUnit.Days, 1) => "1 Tag",
        (PeriodUnit.Days, _) => $"{Count} Tage",
        (PeriodUnit.Weeks, 1) => "1 Woche",
        (PeriodUnit.Weeks, _) => $"{Count} Wochen",
        (PeriodUnit.Months, 1) => "1 Monat",
        (PeriodUnit.Months, _) => $"{Count} Monate",
        (PeriodUnit.Years, 1) => "1 Jahr",
        _ => $"{Count} Jahre",
    };
}
