using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Tests.Cases.Support;

/// <summary>One method per step of the procedure; each appends the events the step leaves behind.</summary>
public sealed partial class CaseStory
{
    private static readonly Guid C = Ids.Case;

    public CaseStory Registered() => Append((at, by) => new CaseRegistered(C, at, by, Ids.FileNumber, Ids.TokenHash));

    public CaseStory CheckStarted() => Append((at, by) => new CompletenessCheckStarted(C, at, by));

    public CaseStory DocumentsRequested(DateOnly deadline, params string[] codes) =>
        Append((at, by) => new DocumentsRequested(C, at, by, codes.Select(code => new MissingItem(code)).ToList(), deadline));

    public CaseStory DocumentsReceived(params string[] codes) => Append((at, by) => new DocumentsReceived(C, at, by, codes));

    public CaseStory ProceededWithoutDocuments(string reason) => Append((at, by) => new ProceededWithoutDocuments(C, at, by, reason));

    public CaseStory DeclaredComplete() => Append((at, by) => new ApplicationDeclaredComplete(C, at, by));

    public CaseStory IdentityChecked() => Append((at, by) => new IdentityChecked(C, at, by));

    public CaseStory FingerprintsTaken() => Append((at, by) => new FingerprintsTaken(C, at, by));

    public CaseStory SignatureTaken() => Append((at, by) => new SignatureTaken(C, at, by));

    public CaseStory FeeCharged(Guid feeId, long cents, string purpose = "Verlängerung über 3 Monate", string basis = "§ 45 Nr. 2 Buchst. b AufenthV") =>
        Append((at, by) => new FeeCharged(C, at, by, feeId, purpose, cents, basis));

    public CaseStory FeePaid(Guid feeId, long cents) => Append((at, by) => new FeePaid(C, at, by, feeId, cents));

    public CaseStory AppearanceCompleted() => Append((at, by) => new AppearanceCompleted(C, at, by));

    public CaseStory BaRequested(DateOnly receivedByBaOn) => Append((at, by) => new BaConsentRequested(C, at, by, receivedByBaOn));

    public CaseStory BaAnswered(BaOutcome outcome) => Append((at, by) => new BaConsentAnswered(C, at, by, outcome));

    public CaseStory SecurityCheckRequested() => Append((at, by) => new SecurityCheckRequested(C, at, by));

    public CaseStory SecurityCheckCompleted(SecurityCheckOutcome outcome) => Append((at, by) => new SecurityCheckCompleted(C, at, by, outcome));

    public CaseStory AzrQueried() => Append((at, by) => new AzrQueried(C, at, by));

    public CaseStory AzrAnswered() => Append((at, by) => new AzrAnswered(C, at, by));

    public CaseStory OtherRequested(Guid participationId, string body) => Append((at, by) => new OtherParticipationRequested(C, at, by, participationId, body));

    public CaseStory OtherAnswered(Guid participationId) => Append((at, by) => new OtherParticipationAnswered(C, at, by, participationId));

    public CaseStory ReadyForDecision() => Append((at, by) => new ReadyForDecisionDeclared(C, at, by));

    public CaseStory Granted(DateOnly validUntil) => AppendVoidingCertificate((at, by) => new CaseGranted(C, at, by, validUntil));

    public CaseStory IntentToReject(DateOnly hearingDeadline, string reasons = "Lebensunterhalt nicht gesichert") =>
        Append((at, by) => new IntentToRejectAnnounced(C, at, by, Ids.Person, reasons, hearingDeadline));

    public CaseStory HearingStatementReceived() => Append((at, by) => new HearingStatementReceived(C, at, by));

    public CaseStory RejectionProposed(Actor proposer, string reasons = "Lebensunterhalt nicht gesichert (§ 5 Abs. 1 Nr. 1 AufenthG)") =>
        Append((at, by) => new RejectionProposed(C, at, by, Ids.Person, reasons), proposer);

    public CaseStory Rejected(Actor proposer, Actor approver) =>
        AppendVoidingCertificate((at, by) => new CaseRejected(C, at, by, proposer.UserId), approver);

    public CaseStory NoticeServed(DateOnly servedOn, bool withInstructions = true) =>
        Append((at, by) => new NoticeServed(C, at, by, servedOn, withInstructions));

    public CaseStory LegalRemedyFiled(DateOnly filedOn) => Append((at, by) => new LegalRemedyFiled(C, at, by, filedOn));

    public CaseStory BecameFinal() => Append((at, by) => new RejectionBecameFinal(C, at, by));

    public CaseStory EatOrdered(bool express = false, bool directDispatch = false) =>
        Append((at, by) => new EatOrdered(C, at, by, express, directDispatch));

    public CaseStory EatInProduction() => Append((at, by) => new EatInProduction(C, at, by));

    public CaseStory EatDeliveredToOffice() => Append((at, by) => new EatDeliveredToOffice(C, at, by));

    public CaseStory EatReadyForPickup() => Append((at, by) => new EatReadyForPickup(C, at, by));

    public CaseStory HandedOver() => Append((at, by) => new DocumentHandedOver(C, at, by));

    public CaseStory EatDeliveredToApplicant() => Append((at, by) => new EatDeliveredToApplicant(C, at, by));

    public CaseStory Closed() => Append((at, by) => new CaseClosed(C, at, by));

    public CaseStory Withdrawn(bool onApplicantsBehalf = false, string? reason = null) =>
        AppendVoidingCertificate((at, by) => new CaseWithdrawn(C, at, by, onApplicantsBehalf, reason));

    public CaseStory Settled(SettlementKind kind, string? newOfficeCode = null) =>
        AppendVoidingCertificate((at, by) => new CaseSettled(C, at, by, kind, newOfficeCode));

    public CaseStory Parked(string reason = "Pass abgelaufen; neuer Pass ist beantragt") => Append((at, by) => new CaseParked(C, at, by, reason));

    public CaseStory Resumed() => Append((at, by) => new CaseResumed(C, at, by));

    public CaseStory Assigned(string? caseworker, Guid teamId, string? reason = null, Actor? by = null) =>
        Append((at, user) => new CaseAssigned(C, at, user, caseworker, teamId, reason), by ?? Staff.TeamLead);

    public CaseStory ContinuationOrdered(string reason = "Versäumnis wegen Krankenhausaufenthalts") =>
        Append((at, by) => new FiktionContinuationOrdered(C, at, by, reason));

    public CaseStory FiktionIssued(DateOnly validUntil) =>
        Append((at, by) => new FiktionsbescheinigungIssued(C, at, by, Ids.Person, Ids.CertificateNumber, validUntil));

    public CaseStory FiktionRenewed(DateOnly validUntil) => Append((at, by) => new FiktionsbescheinigungRenewed(C, at, by, validUntil));
}
