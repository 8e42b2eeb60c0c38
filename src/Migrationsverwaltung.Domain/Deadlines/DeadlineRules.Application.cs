using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Deadlines;

/// <summary>Timers that start with the application or with the request for an appointment.</summary>
public static partial class DeadlineRules
{
    /// <summary>
    /// § 75 VwGO: an inaction lawsuit is admissible once 3 months have passed since the application without a
    /// decision. It is a waiting period before someone may act, not a period to act within, so § 193 BGB does
    /// not extend it; the unshifted date is also the earliest, i.e. the cautious one for the office.
    /// </summary>
    public static Deadline InactionLawsuitRisk(DateOnly applicationReceived)
    {
        var marks = new[] { 6, 10, 12 }.Select(weeks => DeadlineCalculator.End(applicationReceived, Period.Weeks(weeks), shiftToWorkingDay: false));
        return new Deadline(
            DeadlineKind.InactionLawsuitRisk,
            applicationReceived,
            DeadlineCalculator.End(applicationReceived, Period.Months(3), shiftToWorkingDay: false),
            marks,
            $"§ 75 Satz 2 VwGO: Untätigkeitsklage nach 3 Monaten seit Antragstellung zulässig; Warnungen nach 6, 10 und 12 Wochen; {CountingWithoutShift}");
    }

    /// <summary>
    /// Municipal service standard: an appointment within 14 days of the request. An internal target, so no shift;
    /// the team lead is warned after one week without an appointment.
    /// </summary>
    public static Deadline AppointmentWait(DateOnly appointmentRequested) =>
        CountedForward(DeadlineKind.AppointmentWait, appointmentRequested, Period.Days(14), shiftToWorkingDay: false,
            $"Servicestandard der Kommune: Termin innerhalb von 14 Tagen nach der Terminanfrage; {CountingWithoutShift}");

    /// <summary>
    /// EU Blue Card mobility and family cases: decision within 30 days of the complete application
    /// (DOMAIN.md cites § 81(6)/(6a) AufenthG). A statutory period for the office, so § 31(3) VwVfG applies.
    /// </summary>
    public static Deadline BlueCardMobilityOrFamily(DateOnly applicationComplete) =>
        CountedForward(DeadlineKind.BlueCardMobilityOrFamily, applicationComplete, Period.Days(30), shiftToWorkingDay: true,
            $"§ 81 Abs. 6/6a AufenthG: Entscheidung über den vollständigen Antrag (Blaue Karte EU, Mobilität/Familiennachzug) innerhalb von 30 Tagen; {CountingWithShift}");

    /// <summary>
    /// § 81a(3) sentence 1 no. 3 AufenthG: when the recognition body asks for more evidence or sends its
    /// findings, the office invites the employer within 3 Werktage of receipt. The statute says Werktage, so
    /// Saturdays count (<see cref="Werktage"/>); an end on a Saturday then moves to Monday (§ 31(3) VwVfG).
    /// This is never later than counting 3 Monday-to-Friday working days.
    /// </summary>
    public static Deadline FastTrackEmployerInvitation(DateOnly recognitionBodyMessageReceived)
    {
        var lastDay = WorkingDays.OnOrAfter(Werktage.Add(recognitionBodyMessageReceived, 3));
        return new Deadline(
            DeadlineKind.FastTrackEmployerInvitation,
            recognitionBodyMessageReceived,
            lastDay,
            [LastWorkingDayBefore(lastDay, recognitionBodyMessageReceived)],
            "§ 81a Abs. 3 Satz 1 Nr. 3 AufenthG: Einladung des Arbeitgebers innerhalb von drei Werktagen ab Eingang der Nachricht der zuständigen Stelle; Werktage einschließlich Samstag, Fristende verschoben nach § 31 Abs. 3 VwVfG NRW");
    }

    /// <summary>
    /// § 31a(2) AufenthV: the mission decides on the visa "in der Regel" within 3 weeks of the complete visa
    /// application. A target for another authority that the office only watches, so no shift.
    /// </summary>
    public static Deadline FastTrackVisaDecision(DateOnly visaApplicationComplete) =>
        CountedForward(DeadlineKind.FastTrackVisaDecision, visaApplicationComplete, Period.Weeks(3), shiftToWorkingDay: false,
            $"§ 31a Abs. 2 AufenthV: Bescheidung des vollständigen Visumantrags in der Regel innerhalb von drei Wochen (beschleunigtes Fachkräfteverfahren, § 81a AufenthG); {CountingWithoutShift}");
}
