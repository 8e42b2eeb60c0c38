namespace Migrationsverwaltung.Domain.Deadlines;

/// <summary>Timers of the electronic residence permit card (eAT). Both are internal marks: no shift.</summary>
public static partial class DeadlineRules
{
    /// <summary>Practice: the Bundesdruckerei delivers within 7–35 days; chase the order after 35 days, warn after 28.</summary>
    public static Deadline EatProductionOverdue(DateOnly orderedOn) =>
        CountedForward(DeadlineKind.EatProductionOverdue, orderedOn, Period.Days(35), shiftToWorkingDay: false,
            $"Praxis: eAT-Produktion bei der Bundesdruckerei dauert 7 bis 35 Tage; nachfassen nach 35 Tagen; {CountingWithoutShift}");

    /// <summary>Practice: remind the holder when the card lies uncollected for the office's configured period.</summary>
    public static Deadline EatNotCollected(DateOnly readyForPickupOn, Period pickupPeriod) =>
        CountedForward(DeadlineKind.EatNotCollected, readyForPickupOn, pickupPeriod, shiftToWorkingDay: false,
            $"Praxis: eAT liegt zur Abholung bereit; Abholfrist {pickupPeriod} (Einstellung der Behörde); {CountingWithoutShift}");
}
