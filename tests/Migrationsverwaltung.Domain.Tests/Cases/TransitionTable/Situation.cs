using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Tests.Cases.Support;

namespace Migrationsverwaltung.Domain.Tests.Cases.TransitionTable;

/// <summary>
/// A reachable state of a case: a column of the transition table. Some statuses appear twice because what a
/// command may do there depends on more than the status (is the fee paid, is a participation open, is the eAT
/// picked up or sent directly, is the notice served).
/// </summary>
public sealed record Situation(string Column, CaseStatus Status, string Description, Func<Application, CaseStory> Build)
{
    public static readonly IReadOnlyList<Situation> All =
    [
        new("N", CaseStatus.None, "no application yet", Stories.None),
        new("Rc", CaseStatus.Received, "received", Stories.Received),
        new("Rg", CaseStatus.Registered, "registered", Stories.Registered),
        new("CC", CaseStatus.CompletenessCheck, "completeness check", Stories.InCompletenessCheck),
        new("DR", CaseStatus.DocumentsRequested, "documents requested", Stories.DocumentsRequested),
        new("AS", CaseStatus.Appearance, "appearance: fee charged, nothing taken yet", Stories.AppearanceStarted),
        new("AR", CaseStatus.Appearance, "appearance: identity, fingerprints, signature taken, fee paid", Stories.AppearanceReady),
        new("PO", CaseStatus.Participation, "participation: BA, security check, AZR, recognition office open", Stories.ParticipationOpen),
        new("PC", CaseStatus.Participation, "participation: all answered", Stories.ParticipationClosed),
        new("RD", CaseStatus.ReadyForDecision, "ready for decision", Stories.ReadyForDecision),
        new("HP", CaseStatus.HearingPending, "hearing, no statement yet", Stories.HearingPending),
        new("IR", CaseStatus.InReview, "rejection proposed by tl-1, in four-eyes review", Stories.InReview),
        new("Gr", CaseStatus.Granted, "granted, eAT title", Stories.Granted),
        new("GP", CaseStatus.Granted, "granted, paper document (Duldung)", _ => Stories.PaperDocumentGranted()),
        new("EO", CaseStatus.EatOrdered, "eAT ordered", application => Stories.EatOrdered(application: application)),
        new("EI", CaseStatus.EatInProduction, "eAT in production, for pickup", application => Stories.EatInProduction(application: application)),
        new("ED", CaseStatus.EatInProduction, "eAT in production, direct dispatch", application => Stories.EatInProduction(directDispatch: true, application)),
        new("EB", CaseStatus.EatDeliveredToOffice, "eAT delivered to the office", Stories.EatDeliveredToOffice),
        new("RP", CaseStatus.ReadyForPickup, "eAT ready for pickup", Stories.ReadyForPickup),
        new("HO", CaseStatus.HandedOver, "handed over", Stories.HandedOver),
        new("DA", CaseStatus.DeliveredToApplicant, "eAT delivered to the applicant", Stories.DeliveredToApplicant),
        new("RJ", CaseStatus.Rejected, "rejected, notice not yet served", Stories.Rejected),
        new("RS", CaseStatus.Rejected, "rejected, notice served with instructions on remedies", Stories.NoticeServed),
        new("LR", CaseStatus.LegalRemedyFiled, "legal remedy filed", Stories.LegalRemedyFiled),
        new("Fi", CaseStatus.Final, "rejection final", Stories.Final),
        new("Wd", CaseStatus.Withdrawn, "withdrawn while documents were requested", Stories.Withdrawn),
        new("St", CaseStatus.Settled, "settled (moved away) when ready for decision", Stories.Settled),
        new("Pk", CaseStatus.Parked, "parked during the participations (all open)", Stories.Parked),
        new("Cl", CaseStatus.Closed, "closed (zdA) after handover", Stories.Closed),
    ];

    public override string ToString() => $"{Column} ({Description})";
}
