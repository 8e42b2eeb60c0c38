namespace Migrationsverwaltung.Api.Views.Inbox;

/// <summary>A case's worst running timer today: overdue, warning, ok (also: no timer running).</summary>
public static class DeadlineStates
{
    public const string Ok = "ok";
    public const string Warning = "warning";
    public const string Overdue = "overdue";

    public static readonly IReadOnlyList<string> All = [Ok, Warning, Overdue];

    /// <summary>SQL over inbox_cases (due_on = earliest last day, warn_from = earliest warning), today as <paramref name="today"/>.</summary>
    public static string Condition(string state, string today) => state switch
    {
        Overdue => $"due_on < {today}",
        Warning => $"due_on >= {today} AND warn_from <= {today}",
        Ok => $"warn_from > {today}",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unbekannter Fristenstand."),
    };

    public static string Of(DateOnly dueOn, DateOnly warnFrom, DateOnly today) =>
        dueOn < today ? Overdue : warnFrom <= today ? Warning : Ok;
}
