namespace Migrationsverwaltung.Domain.Appointments;

/// <summary>One weekly opening period of a location, in Berlin wall-clock time (e.g. Monday 08:00–12:00).</summary>
public sealed record OpeningPeriod(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)
{
    public OpeningPeriod Validated() => Closes > Opens
        ? this
        : throw new ArgumentException($"Öffnungszeit {Day} {Opens:HH\\:mm}–{Closes:HH\\:mm}: das Ende muss nach dem Beginn liegen.");
}
