namespace Migrationsverwaltung.Domain.Appointments;

/// <summary>One slot: the Berlin calendar day and wall-clock start shown to people, and the instants stored.</summary>
public sealed record SlotTime(DateOnly Date, TimeOnly LocalStart, DateTimeOffset Start, DateTimeOffset End);
