using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Deadlines;

/// <summary>
/// A deadline the office sets in a letter (missing documents, hearing): either a period from the letter's
/// notification ("innerhalb von 2 Wochen") or a named last day ("bis zum 15.05.2026").
/// </summary>
public abstract record OfficeDeadline
{
    private OfficeDeadline()
    {
    }

    /// <summary>The last day, counted from the day the letter was notified (Bekanntgabe).</summary>
    public abstract DateOnly LastDayAfter(DateOnly notifiedOn);

    /// <summary>
    /// "Innerhalb von …": the period starts the day after notification (§ 31(2) VwVfG) and an end on a weekend
    /// or holiday moves to the next working day (§ 31(3) sentence 1 VwVfG).
    /// </summary>
    public sealed record Within(Period Period) : OfficeDeadline
    {
        public override DateOnly LastDayAfter(DateOnly notifiedOn) =>
            DeadlineCalculator.End(notifiedOn, Period, shiftToWorkingDay: true);
    }

    /// <summary>
    /// "Bis zum …": a named day. It still moves off a weekend or holiday (§ 31(3) sentence 1 VwVfG) unless the
    /// letter named it expressly as the end with reference to § 31(3) sentence 2 VwVfG.
    /// </summary>
    public sealed record Until(DateOnly LastDay, bool NamedWithReferenceToSection31Paragraph3 = false) : OfficeDeadline
    {
        public override DateOnly LastDayAfter(DateOnly notifiedOn)
        {
            if (LastDay < notifiedOn)
            {
                throw new ArgumentException("Das Fristende darf nicht vor der Bekanntgabe des Schreibens liegen.", nameof(notifiedOn));
            }
            return NamedWithReferenceToSection31Paragraph3 ? LastDay : WorkingDays.OnOrAfter(LastDay);
        }
    }
}
