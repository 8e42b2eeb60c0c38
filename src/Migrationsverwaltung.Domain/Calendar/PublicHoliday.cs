namespace Migrationsverwaltung.Domain.Calendar;

/// <summary>A statutory public holiday: its date and its German name as shown to caseworkers.</summary>
public sealed record PublicHoliday(DateOnly Date, string Name);
