using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Deadlines;

namespace Migrationsverwaltung.Api.Views.Shared;

/// <summary>A running timer as the views store it: dates only, its state is computed at query time.</summary>
public sealed record OpenDeadline(DeadlineKind Kind, DateOnly WarningFrom, DateOnly LastDay);

public static class OpenDeadlines
{
    /// <summary>The case's timers that are not met yet (met ones need no attention), earliest due first.</summary>
    public static IReadOnlyList<OpenDeadline> Of(Case state) => state.Status.IsOpen()
        ? CaseDeadlines.Of(state, DeadlineSettings.Default)
            .Where(d => d.MetAt is null)
            .Select(d => new OpenDeadline(d.Kind, d.WarningFrom, d.LastDay))
            .OrderBy(d => d.LastDay).ThenBy(d => d.Kind)
            .ToList()
        : [];

    /// <summary>Query-time state of a stored timer on <paramref name="today"/>, the same as <see cref="Deadline.StateAt"/>.</summary>
    public static DeadlineState StateOn(DateOnly warningFrom, DateOnly lastDay, DateOnly today) =>
        today > lastDay ? DeadlineState.Overdue : warningFrom <= today ? DeadlineState.Warning : DeadlineState.Ok;
}
