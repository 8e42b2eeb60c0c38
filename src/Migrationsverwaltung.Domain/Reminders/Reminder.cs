namespace Migrationsverwaltung.Domain.Reminders;

/// <summary>
/// One reminder that is due: its kind, what it is about (person, case or booking), the day it triggers and the
/// date it points at (expiry, appointment day). (Kind, Subject, TriggerDate) is the outbox's unique key: the
/// same trigger never yields two reminders, a renewed title (new expiry, new trigger day) yields a new one.
/// </summary>
public sealed record Reminder(ReminderKind Kind, Guid Subject, DateOnly TriggerDate, DateOnly About);
