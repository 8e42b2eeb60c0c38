using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Tests.Cases.Support;

/// <summary>
/// What the applicant asked for, as the intake handler would pass it on. <see cref="Fiktion"/> is written down
/// (not computed) so that histories state the §81 AufenthG entitlement they expect.
/// </summary>
public sealed record Application(
    string TitleCode,
    ApplicationKind Kind,
    BaConsentNeed BaConsent,
    bool ShortenedBaFiction,
    bool IssuesEat,
    DateOnly ReceivedOn,
    DateOnly? CurrentTitleValidUntil,
    bool LawfulStayWithoutTitle,
    FiktionBasis? Fiktion,
    bool CertificateAtReceipt = false)
{
    /// <summary>Extension of an Aufenthaltserlaubnis §18b (BA consent, eAT), applied for before the title runs out on 30 April.</summary>
    public static Application Extension18b { get; } = new(
        "AE-18b", ApplicationKind.Extension, BaConsentNeed.Required, ShortenedBaFiction: false, IssuesEat: true,
        new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 30), LawfulStayWithoutTitle: false, FiktionBasis.Fortgeltung);

    /// <summary>The same, and the applicant received a Fiktionsbescheinigung at the counter.</summary>
    public static Application Extension18bWithCertificate { get; } = Extension18b with { CertificateAtReceipt = true };

    /// <summary>Applied for the day after the title ran out (1 March): no Fortgeltung by law (§81(4) sentence 3).</summary>
    public static Application LateExtension { get; } = Extension18b with { CurrentTitleValidUntil = new DateOnly(2026, 3, 1), Fiktion = null };

    /// <summary>Fast-track skilled worker (§81a): the BA's consent fiction runs one week.</summary>
    public static Application FastTrack { get; } = Extension18b with { TitleCode = "AE-18a", ShortenedBaFiction = true };

    /// <summary>A Duldung (§60a): no BA, no eAT — a paper document handed over at once.</summary>
    public static Application Duldung { get; } = new(
        "DUL-60a", ApplicationKind.FirstIssue, BaConsentNeed.NotRequired, ShortenedBaFiction: false, IssuesEat: false,
        new DateOnly(2026, 3, 2), CurrentTitleValidUntil: null, LawfulStayWithoutTitle: false, Fiktion: null);

    public ReceiveApplication Command(CommandContext context) => new(
        Ids.Case, context, Ids.Person, Ids.Office, Staff.TeamA, TitleCode, "2026-01", Kind, ApplicationChannel.Counter, ReceivedOn,
        BaConsent, ShortenedBaFiction, IssuesEat, CurrentTitleValidUntil, LawfulStayWithoutTitle);

    public ApplicationReceived Event(DateTimeOffset at, string by) => new(
        Ids.Case, at, by, Ids.Person, Ids.Office, Staff.TeamA, TitleCode, "2026-01", Kind, ApplicationChannel.Counter, ReceivedOn,
        BaConsent, ShortenedBaFiction, IssuesEat, CurrentTitleValidUntil, LawfulStayWithoutTitle, Fiktion);
}
