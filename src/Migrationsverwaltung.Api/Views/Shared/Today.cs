using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Api.Views.Shared;

/// <summary>"Today" for the views: the Berlin date of the app's clock (TimeProvider, pinned in tests).</summary>
public static class Today
{
    public static DateOnly Of(TimeProvider clock) => BerlinTime.DateOf(clock.GetUtcNow());

    /// <summary>Monday of the ISO week that holds <paramref name="day"/>.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
