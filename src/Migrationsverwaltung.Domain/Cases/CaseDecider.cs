using Migrationsverwaltung.Domain.Cases.Deciding;
using Migrationsverwaltung.Domain.Common;
using S = Migrationsverwaltung.Domain.Cases.CaseStatus;

namespace Migrationsverwaltung.Domain.Cases;

/// <summary>
/// The transition table of a case: one arm per (command, state) that is allowed, read top to bottom like
/// the procedure in ../shared/DOMAIN.md. Whatever is not listed is forbidden, with a message a caseworker
/// understands. A repeated command yields no events where that is natural.
/// </summary>
public static class CaseDecider
{
    public static IReadOnlyList<CaseEvent> Decide(CaseCommand command, Case state) => (command, state) switch
    {
        // Intake
        (ReceiveApplication c, { Status: S.None }) => Intake.Receive(c),
        (RegisterCase c, { Status: S.Received }) => [new CaseRegistered(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.FileNumber, c.StatusTokenHash)],
        (ReissueStatusToken c, { FileNumber: not null } s) when s.Status.IsOpen() => Intake.ReissueToken(c, s),

        // Completeness
        (StartCompletenessCheck c, { Status: S.Registered }) => [new CompletenessCheckStarted(c.CaseId, c.Context.Now, c.Context.Actor.UserId)],
        (StartCompletenessCheck, { Status: S.CompletenessCheck }) => Rules.Nothing,
        (RequestDocuments c, { Status: S.CompletenessCheck }) => Completeness.Request(c),
        (ExtendDocumentDeadline c, { Status: S.DocumentsRequested } s) => Completeness.Extend(c, s),
        (ReceiveDocuments c, { Status: S.DocumentsRequested }) => [new DocumentsReceived(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.DocumentCodes)],
        (ProceedWithoutDocuments c, { Status: S.DocumentsRequested } s) => Completeness.ProceedWithout(c, s),
        (ConfirmCompleteness c, { Status: S.CompletenessCheck }) => [new ApplicationDeclaredComplete(c.CaseId, c.Context.Now, c.Context.Actor.UserId)],

        // Appearance (Vorsprache)
        (RecordIdentityChecked c, { Status: S.Appearance } s) => s.IdentityChecked ? Rules.Nothing : [new IdentityChecked(c.CaseId, c.Context.Now, c.Context.Actor.UserId)],
        (RecordFingerprintsTaken c, { Status: S.Appearance } s) => s.FingerprintsTaken ? Rules.Nothing : [new FingerprintsTaken(c.CaseId, c.Context.Now, c.Context.Actor.UserId)],
        (RecordSignatureTaken c, { Status: S.Appearance } s) => s.SignatureTaken ? Rules.Nothing : [new SignatureTaken(c.CaseId, c.Context.Now, c.Context.Actor.UserId)],
        (CompleteAppearance c, { Status: S.Appearance } s) => AppearanceRules.Complete(c, s),

        // Participations, in parallel (BA, security check, AZR, other bodies)
        (RequestBaConsent c, var s) when s.AcceptsParticipationRequests() => Participations.RequestBa(c, s),
        (RecordBaAnswer c, var s) when s.Ba is { IsOpen: true } => Participations.AnswerBa(c),
        (RecordBaAnswer c, var s) when s.Ba?.Outcome == c.Outcome.ToString() => Rules.Nothing,
        (ApplyBaConsentFiction c, var s) when s.Ba is { IsOpen: true } => Participations.ApplyBaFiction(c, s),
        (RequestSecurityCheck c, var s) when s.AcceptsParticipationRequests() => Participations.RequestSecurityCheck(c, s),
        (RecordSecurityCheckResult c, var s) when s.IsOpenParticipation(ParticipationKeys.Security) => [new SecurityCheckCompleted(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.Outcome)],
        (QueryAzr c, var s) when s.AcceptsParticipationRequests() => Participations.QueryAzr(c, s),
        (RecordAzrAnswer c, var s) when s.IsOpenParticipation(ParticipationKeys.Azr) => [new AzrAnswered(c.CaseId, c.Context.Now, c.Context.Actor.UserId)],
        (RequestOtherParticipation c, var s) when s.AcceptsParticipationRequests() => Participations.RequestOther(c, s),
        (RecordOtherParticipationAnswer c, var s) when s.IsOpenParticipation(c.ParticipationId.ToString()) => [new OtherParticipationAnswered(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.ParticipationId)],
        (DeclareReadyForDecision c, { Status: S.Participation } s) => DecisionRules.DeclareReady(c, s),

        // Decision, hearing and four-eyes review of rejections
        (Grant c, { Status: S.ReadyForDecision or S.HearingPending } s) => DecisionRules.Grant(c, s),
        (AnnounceIntentToReject c, { Status: S.ReadyForDecision } s) => DecisionRules.AnnounceIntentToReject(c, s),
        (RecordHearingStatement c, { Status: S.HearingPending } s) => s.HearingStatementReceived ? Rules.Nothing : [new HearingStatementReceived(c.CaseId, c.Context.Now, c.Context.Actor.UserId)],
        (ProposeRejection c, { Status: S.HearingPending } s) => DecisionRules.ProposeRejection(c, s),
        (ApproveRejection c, { Status: S.InReview } s) => DecisionRules.ApproveRejection(c, s),
        (ReturnRejectionProposal c, { Status: S.InReview }) => DecisionRules.ReturnProposal(c),
        (ServeNotice c, { Status: S.Rejected, NoticeServedOn: null } s) => DecisionRules.ServeNotice(c, s),
        (RecordLegalRemedy c, { Status: S.Rejected, NoticeServedOn: not null }) => [new LegalRemedyFiled(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.FiledOn)],
        (DeclareRejectionFinal c, { Status: S.Rejected or S.LegalRemedyFiled } s) => DecisionRules.DeclareFinal(c, s),

        // The card: eAT from the Bundesdruckerei, or a paper document handed over at once
        (OrderEat c, { Status: S.Granted, IssuesEat: true }) => [new EatOrdered(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.Express, c.DirectDispatch)],
        (RecordEatInProduction c, { Status: S.EatOrdered }) => [new EatInProduction(c.CaseId, c.Context.Now, c.Context.Actor.UserId)],
        (RecordEatDeliveredToOffice c, { Status: S.EatInProduction, EatDirectDispatch: false }) => [new EatDeliveredToOffice(c.CaseId, c.Context.Now, c.Context.Actor.UserId)],
        (MarkReadyForPickup c, { Status: S.EatDeliveredToOffice }) => [new EatReadyForPickup(c.CaseId, c.Context.Now, c.Context.Actor.UserId)],
        (HandOver c, { Status: S.ReadyForPickup } or { Status: S.Granted, IssuesEat: false }) => [new DocumentHandedOver(c.CaseId, c.Context.Now, c.Context.Actor.UserId)],
        (RecordDeliveryToApplicant c, { Status: S.EatInProduction, EatDirectDispatch: true }) => [new EatDeliveredToApplicant(c.CaseId, c.Context.Now, c.Context.Actor.UserId)],
        (CloseCase c, { Status: S.HandedOver or S.DeliveredToApplicant or S.Final or S.Withdrawn or S.Settled }) => [new CaseClosed(c.CaseId, c.Context.Now, c.Context.Actor.UserId)],
        (CloseCase, { Status: S.Closed }) => Rules.Nothing,

        // Any open case: withdrawn, settled, parked, (re)assigned; Fiktionsbescheinigung and fees
        (Withdraw c, var s) when s.PhaseStatus.IsUndecided() => Lifecycle.Withdraw(c, s),
        (Settle c, var s) when s.Status.IsOpen() => Lifecycle.Settle(c, s),
        (Park, { Status: S.Parked }) => Rules.Nothing,
        (Park c, var s) when s.Status.IsOpen() => [new CaseParked(c.CaseId, c.Context.Now, c.Context.Actor.UserId, Rules.RequireReason(c.Context, "Zurückstellen"))],
        (Resume c, { Status: S.Parked }) => [new CaseResumed(c.CaseId, c.Context.Now, c.Context.Actor.UserId)],
        (AssignCase c, var s) when s.Status.IsOpen() => Lifecycle.Assign(c, s),
        (OrderFiktionContinuation c, var s) when s.PhaseStatus.IsUndecided() => Fiktion.OrderContinuation(c, s),
        (IssueFiktionsbescheinigung c, var s) when s.PhaseStatus.IsUndecided() => Fiktion.Issue(c, s),
        (RenewFiktionsbescheinigung c, var s) when s.PhaseStatus.IsUndecided() => Fiktion.Renew(c, s),
        (ChargeFee c, var s) when s.Status.IsOpen() => Fees.Charge(c, s),
        (RecordFeePayment c, var s) when s.Fees.ContainsKey(c.FeeId) => Fees.Pay(c, s),
        (ReduceFee c, var s) when s.Fees.ContainsKey(c.FeeId) => Fees.Reduce(c, s),
        (WaiveFee c, var s) when s.Fees.ContainsKey(c.FeeId) => Fees.Waive(c, s),

        // Everything else is forbidden
        (ReceiveApplication, _) => throw new RuleViolation("Zu diesem Verfahren ist der Antrag bereits eingegangen."),
        (_, { Status: S.None }) => throw new RuleViolation("Zu diesem Verfahren liegt noch kein Antrag vor."),
        (_, { Status: S.Parked }) => throw new RuleViolation("Das Verfahren ist zurückgestellt; nehmen Sie es zuerst wieder auf."),
        _ => throw new RuleViolation(CaseMessages.NotAllowed(command, state)),
    };
}
