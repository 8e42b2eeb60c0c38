namespace Migrationsverwaltung.Domain.Deadlines;

public enum DeadlineState
{
    /// <summary>Running, no warning mark reached yet (or, for reminders, not yet due to be shown).</summary>
    Ok,

    /// <summary>A warning mark has been reached; the period has not expired.</summary>
    Warning,

    /// <summary>
    /// The period has expired (24:00 Berlin time of its last day has passed) and nobody closed it.
    /// For <see cref="DeadlineKind.BaConsentFiction"/> this means the consent is deemed given.
    /// </summary>
    Overdue,

    /// <summary>Closed: the awaited act happened (answer received, documents handed in, card collected, ...).</summary>
    Met,
}
