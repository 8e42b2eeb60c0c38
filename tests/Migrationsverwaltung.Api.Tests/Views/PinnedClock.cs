using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Api.Tests.Views;

/// <summary>The app's clock, pinned: commands and queries see the same "now", and a test moves it on purpose.</summary>
public sealed class PinnedClock(DateOnly today) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = At(today);

    public DateOnly Today => BerlinTime.DateOf(Now);

    public override DateTimeOffset GetUtcNow() => Now;

    public void SetDay(DateOnly day) => Now = At(day);

    /// <summary>10:00 Berlin time: office hours, far from midnight.</summary>
    private static DateTimeOffset At(DateOnly day) => BerlinTime.StartOf(day).AddHours(10);
}
