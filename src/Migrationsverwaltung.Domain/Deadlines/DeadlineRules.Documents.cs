namespace Migrationsverwaltung.Domain.Deadlines;

/// <summary>
/// Reminders counted backwards from a document's valid-until date. The document is valid through the end of
/// that day, so the deadline expires at 24:00 Berlin time of it. Reminders never shift: moving them would only
/// make the reminder later, and the expiry date is fixed by the document.
/// </summary>
public static partial class DeadlineRules
{
    /// <summary>
    /// § 81(4) AufenthG: an extension applied for by the last day of validity keeps the title in force until the
    /// decision. The person is reminded 12 weeks before and again 8 weeks before ("8–12 weeks" in DOMAIN.md).
    /// Met = an application was received.
    /// </summary>
    public static Deadline TitleExpiringWithoutApplication(DateOnly titleValidUntil) => new(
        DeadlineKind.TitleExpiringWithoutApplication,
        titleValidUntil,
        titleValidUntil,
        [titleValidUntil.AddDays(-7 * 12), titleValidUntil.AddDays(-7 * 8)],
        "§ 81 Abs. 4 AufenthG: Verlängerungsantrag bis zum letzten Gültigkeitstag erhält die Fortgeltung des Titels; Erinnerung 12 und 8 Wochen vor Ablauf");

    /// <summary>Practice: renew the Fiktionsbescheinigung (§ 81(5) AufenthG) in time; warn 2 weeks before it runs out.</summary>
    public static Deadline FiktionsbescheinigungExpiring(DateOnly validUntil) => new(
        DeadlineKind.FiktionsbescheinigungExpiring,
        validUntil,
        validUntil,
        [validUntil.AddDays(-14)],
        "§ 81 Abs. 5 AufenthG (Praxis): Fiktionsbescheinigung rechtzeitig verlängern; Warnung 2 Wochen vor Ablauf");

    /// <summary>Practice: a passport running out needs a new one and the title transferred; warn 3 months before.</summary>
    public static Deadline PassportExpiring(DateOnly validUntil) => new(
        DeadlineKind.PassportExpiring,
        validUntil,
        validUntil,
        [validUntil.AddMonths(-3)],
        "§ 3 Abs. 1, § 48 Abs. 1 AufenthG (Praxis): gültiger Pass erforderlich; Erinnerung 3 Monate vor Ablauf");
}
