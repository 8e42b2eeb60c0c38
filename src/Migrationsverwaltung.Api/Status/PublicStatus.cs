using Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Status;

/// <summary>
/// The coarse states the public lookup answers (DOMAIN.md, "Public status lookup"), plus "closed" for a procedure
/// that ended without a decision (withdrawn, settled) and "unknown" for everything that must not be told apart:
/// no such token, a reissued (old) token, an expired token, malformed input.
/// </summary>
public static class PublicStatus
{
    public const string Received = "received";
    public const string InProgress = "in_progress";
    public const string DocumentsNeeded = "documents_needed";
    public const string Decided = "decided";
    public const string CardInProduction = "card_in_production";
    public const string ReadyForPickup = "ready_for_pickup";
    public const string HandedOver = "handed_over";
    public const string Closed = "closed";
    public const string Unknown = "unknown";

    public static readonly IReadOnlyList<string> All =
        [Received, InProgress, DocumentsNeeded, Decided, CardInProduction, ReadyForPickup, HandedOver, Closed, Unknown];

    /// <summary>
    /// Every step of the procedure as the applicant may see it. Grant and rejection are both "decided": the notice
    /// tells the applicant which, a token holder learns nothing more. Hearing and four-eyes review stay
    /// "in progress" for the same reason. Null: the step does not change what the applicant sees (zdA keeps
    /// "handed over", "decided" or "closed"; before registration there is no token).
    /// </summary>
    public static string? Of(CaseStatus status) => status switch
    {
        CaseStatus.None or CaseStatus.Received => null,
        CaseStatus.Registered => Received,
        CaseStatus.CompletenessCheck or CaseStatus.Appearance or CaseStatus.Participation or CaseStatus.ReadyForDecision
            or CaseStatus.HearingPending or CaseStatus.InReview or CaseStatus.Parked => InProgress,
        CaseStatus.DocumentsRequested => DocumentsNeeded,
        CaseStatus.Granted or CaseStatus.Rejected or CaseStatus.LegalRemedyFiled or CaseStatus.Final => Decided,
        CaseStatus.EatOrdered or CaseStatus.EatInProduction or CaseStatus.EatDeliveredToOffice => CardInProduction,
        CaseStatus.ReadyForPickup => ReadyForPickup,
        CaseStatus.HandedOver or CaseStatus.DeliveredToApplicant => HandedOver,
        CaseStatus.Withdrawn or CaseStatus.Settled => Closed,
        CaseStatus.Closed => null,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Kein öffentlicher Stand für diesen Verfahrensstand."),
    };
}
