namespace Migrationsverwaltung.Domain.Deadlines;

/// <summary>Timers of other authorities taking part in the case.</summary>
public static partial class DeadlineRules
{
    /// <summary>
    /// § 36(2) BeschV: the BA's consent is deemed given unless it answers within 2 weeks of the request
    /// (1 week in the fast-track procedure § 81a AufenthG and for § 18g(4) AufenthG: <paramref name="shortened"/>).
    /// A period within which the BA must act, so an end on a weekend or holiday moves (§ 193 BGB, § 31(3) VwVfG).
    /// Once it has expired (state Overdue) the consent counts as given.
    /// </summary>
    public static Deadline BaConsentFiction(DateOnly requestReceived, bool shortened)
    {
        var period = shortened ? Period.Weeks(1) : Period.Weeks(2);
        var lastDay = DeadlineCalculator.End(requestReceived, period, shiftToWorkingDay: true);
        var variant = shortened
            ? "eine Woche (§ 81a AufenthG, § 18g Abs. 4 AufenthG)"
            : "zwei Wochen";
        return new Deadline(
            DeadlineKind.BaConsentFiction,
            requestReceived,
            lastDay,
            [LastWorkingDayBefore(lastDay, requestReceived)],
            $"§ 36 Abs. 2 BeschV: Zustimmung der Bundesagentur für Arbeit gilt als erteilt, wenn sie nicht innerhalb von {variant} nach Übermittlung der Zustimmungsanfrage antwortet; {CountingWithShift}");
    }
}
