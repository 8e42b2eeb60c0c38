using FsCheck;
using FsCheck.Fluent;
using Migrationsverwaltung.Domain.Deadlines;

namespace Migrationsverwaltung.Domain.Tests.Deadlines;

/// <summary>Random trigger dates (2000–2099) and periods of every unit, for FsCheck properties.</summary>
public static class DeadlineArbitraries
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2099, 12, 31);

    public static Arbitrary<DateOnly> TriggerDates() =>
        Gen.Choose(0, Latest.DayNumber - Earliest.DayNumber)
            .Select(offset => Earliest.AddDays(offset))
            .ToArbitrary();

    public static Arbitrary<Period> Periods() =>
        Gen.OneOf(
                Gen.Choose(1, 60).Select(Period.Days),
                Gen.Choose(1, 12).Select(Period.Weeks),
                Gen.Choose(1, 24).Select(Period.Months),
                Gen.Choose(1, 3).Select(Period.Years))
            .ToArbitrary();
}
