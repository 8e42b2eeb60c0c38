namespace Migrationsverwaltung.Domain.Deadlines;

/// <summary>Timers that start with a letter or notice of the office.</summary>
public static partial class DeadlineRules
{
    /// <summary>
    /// § 82(1) AufenthV: the office names the missing documents and sets a deadline.
    /// <paramref name="letterNotifiedOn"/> is the day the letter counts as notified (Bekanntgabe, § 41 VwVfG),
    /// which the caller determines.
    /// </summary>
    public static Deadline MissingDocuments(DateOnly letterNotifiedOn, OfficeDeadline deadline)
    {
        var lastDay = deadline.LastDayAfter(letterNotifiedOn);
        return new Deadline(
            DeadlineKind.MissingDocuments,
            letterNotifiedOn,
            lastDay,
            [LastWorkingDayBefore(lastDay, letterNotifiedOn)],
            $"§ 82 Abs. 1 AufenthV: Frist zur Nachreichung fehlender Unterlagen, gesetzt von der Ausländerbehörde; {OfficeCounting(deadline)}");
    }

    /// <summary>§ 28 VwVfG: before an adverse decision the applicant may comment within the deadline the office set.</summary>
    public static Deadline Hearing(DateOnly letterNotifiedOn, OfficeDeadline deadline)
    {
        var lastDay = deadline.LastDayAfter(letterNotifiedOn);
        return new Deadline(
            DeadlineKind.Hearing,
            letterNotifiedOn,
            lastDay,
            [LastWorkingDayBefore(lastDay, letterNotifiedOn)],
            $"§ 28 Abs. 1 VwVfG NRW: Anhörung vor Erlass eines belastenden Verwaltungsakts, Frist gesetzt von der Ausländerbehörde; {OfficeCounting(deadline)}");
    }

    /// <summary>
    /// §§ 70, 74 VwGO: objection or lawsuit within 1 month of service of the notice; § 58(2) VwGO: within 1 year
    /// if the notice lacked (correct) instructions on legal remedies. Court periods shift by § 57(2) VwGO with
    /// § 222(2) ZPO. The office is warned a week before the notice may become final.
    /// </summary>
    public static Deadline LegalRemedy(DateOnly noticeServedOn, bool withInstructionsOnRemedies)
    {
        var period = withInstructionsOnRemedies ? Period.Months(1) : Period.Years(1);
        var basis = withInstructionsOnRemedies
            ? "§§ 70, 74 VwGO: Widerspruch bzw. Klage innerhalb eines Monats nach Zustellung des Bescheids"
            : "§ 58 Abs. 2 VwGO: ohne (richtige) Rechtsbehelfsbelehrung Rechtsbehelf innerhalb eines Jahres nach Zustellung";
        return CountedForward(DeadlineKind.LegalRemedy, noticeServedOn, period, shiftToWorkingDay: true,
            $"{basis}; Fristberechnung § 57 Abs. 2 VwGO, § 222 ZPO, §§ 187 Abs. 1, 188 BGB, Fristende verschoben nach § 222 Abs. 2 ZPO");
    }

    private static string OfficeCounting(OfficeDeadline deadline) => deadline switch
    {
        OfficeDeadline.Within within =>
            $"Frist von {within.Period} ab Bekanntgabe (§ 31 Abs. 2 VwVfG NRW), {CountingWithShift}",
        OfficeDeadline.Until { NamedWithReferenceToSection31Paragraph3: true } until =>
            $"Fristende {until.LastDay:dd.MM.yyyy} ausdrücklich unter Hinweis auf § 31 Abs. 3 Satz 2 VwVfG NRW bestimmt, keine Verschiebung",
        OfficeDeadline.Until until =>
            $"Fristende {until.LastDay:dd.MM.yyyy} bestimmt, verschoben nach § 31 Abs. 3 Satz 1 VwVfG NRW, falls Wochenende oder Feiertag",
        _ => throw new ArgumentOutOfRangeException(nameof(deadline), deadline, "Unbekannte Art der behördlichen Frist."),
    };
}
