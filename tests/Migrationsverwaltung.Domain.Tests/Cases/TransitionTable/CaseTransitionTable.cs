using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Tests.Cases.Support;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.Staff;

namespace Migrationsverwaltung.Domain.Tests.Cases.TransitionTable;

/// <summary>
/// The case's state machine, written down: which command is allowed in which situation (x) and refused (.).
/// Columns, in procedure order (see <see cref="Situation.All"/> for each one's history):
/// N none · Rc received · Rg registered · CC completeness check · DR documents requested · AS appearance started
/// (fee unpaid) · AR appearance ready · PO participations open · PC participations closed · RD ready for decision ·
/// HP hearing · IR four-eyes review · Gr granted (eAT) · GP granted (paper) · EO eAT ordered · EI in production
/// (pickup) · ED in production (direct dispatch) · EB delivered to office · RP ready for pickup · HO handed over ·
/// DA delivered to applicant · RJ rejected · RS rejected, notice served · LR legal remedy · Fi final ·
/// Wd withdrawn · St settled · Pk parked (from PO) · Cl closed.
/// "Allowed" includes a repeated command that yields no events (e.g. starting the check again, parking twice).
/// </summary>
public static class CaseTransitionTable
{
    private static readonly Guid C = Ids.Case;
    private static readonly Guid NewBody = Guid.Parse("0b0d1e00-0000-0000-0000-000000000002");

    /// <summary>Commands whose rule needs a deadline to have passed are sent this much later than the story's last event.</summary>
    private static DateTimeOffset Later(CaseStory s, int days) => s.Now.AddDays(days);

    public static readonly IReadOnlyList<TransitionRow> Rows =
    [
        //                                                                                       N  Rc Rg CC DR AS AR PO PC RD HP IR Gr GP EO EI ED EB RP HO DA RJ RS LR Fi Wd St Pk Cl
        TransitionRow.Of(                                                                       "x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => Application.Extension18b.Command(s.Context())),
        TransitionRow.Of(                                                                       ".  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new RegisterCase(C, s.Context(), Ids.FileNumber, Ids.TokenHash)),
        TransitionRow.Of(                                                                       ".  .  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  .  .  .  x  .",
            s => new ReissueStatusToken(C, s.Context(), "new-token-hash")),
        TransitionRow.Of(                                                                       ".  .  x  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new StartCompletenessCheck(C, s.Context())),
        TransitionRow.Of(                                                                       ".  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new RequestDocuments(C, s.Context(), [new MissingItem("PASS")], s.Today.AddDays(14))),
        TransitionRow.Of(                                                                       ".  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new ExtendDocumentDeadline(C, s.Context(reason: "Botschaft braucht länger"), (s.State.DocumentDeadline ?? s.Today).AddDays(14))),
        TransitionRow.Of(                                                                       ".  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new ReceiveDocuments(C, s.Context(), ["PASS"])),
        TransitionRow.Of(                                                                       ".  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new ProceedWithoutDocuments(C, s.ContextAt(Later(s, 30), reason: "Pass nicht vorgelegt"))),
        TransitionRow.Of(                                                                       ".  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new ConfirmCompleteness(C, s.Context())),
        TransitionRow.Of(                                                                       ".  .  .  .  .  x  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new RecordIdentityChecked(C, s.Context())),
        TransitionRow.Of(                                                                       ".  .  .  .  .  x  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new RecordFingerprintsTaken(C, s.Context())),
        TransitionRow.Of(                                                                       ".  .  .  .  .  x  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new RecordSignatureTaken(C, s.Context())),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new CompleteAppearance(C, s.Context())),

        // Participations: started from the completeness check until the decision is prepared; answers whenever open.
        //                                                                                       N  Rc Rg CC DR AS AR PO PC RD HP IR Gr GP EO EI ED EB RP HO DA RJ RS LR Fi Wd St Pk Cl
        TransitionRow.Of(                                                                       ".  .  .  x  x  x  x  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new RequestBaConsent(C, s.Context(), s.Today)),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  .",
            s => new RecordBaAnswer(C, s.Context(), BaOutcome.NotRequired)),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  .",
            s => new ApplyBaConsentFiction(C, s.ContextAt(Later(s, 30)))),
        TransitionRow.Of(                                                                       ".  .  .  x  x  x  x  x  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new RequestSecurityCheck(C, s.Context())),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  .",
            s => new RecordSecurityCheckResult(C, s.Context(), SecurityCheckOutcome.NoFindings)),
        TransitionRow.Of(                                                                       ".  .  .  x  x  x  x  x  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new QueryAzr(C, s.Context())),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  .",
            s => new RecordAzrAnswer(C, s.Context())),
        TransitionRow.Of(                                                                       ".  .  .  x  x  x  x  x  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new RequestOtherParticipation(C, s.Context(), NewBody, "Ausländerbehörde Köln")),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  .",
            s => new RecordOtherParticipationAnswer(C, s.Context(), Ids.RecognitionOffice)),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new DeclareReadyForDecision(C, s.Context())),

        // Decision, hearing, four-eyes review, notice, remedy.
        //                                                                                       N  Rc Rg CC DR AS AR PO PC RD HP IR Gr GP EO EI ED EB RP HO DA RJ RS LR Fi Wd St Pk Cl
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  x  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new Grant(C, s.Context(), s.Today.AddYears(2))),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new AnnounceIntentToReject(C, s.Context(reason: "Lebensunterhalt nicht gesichert"), s.Today.AddDays(14))),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new RecordHearingStatement(C, s.Context())),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new ProposeRejection(C, s.ContextAt(Later(s, 30), TeamLead, "Lebensunterhalt nicht gesichert"))),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new ApproveRejection(C, s.Context(OtherTeamLead))),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new ReturnRejectionProposal(C, s.Context(OtherTeamLead, "Einkommen des Ehegatten fehlt"))),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  .  .  .  .  .  .  .",
            s => new ServeNotice(C, s.Context(), s.Today, WithInstructionsOnRemedies: true)),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  .  .  .  .  .  .",
            s => new RecordLegalRemedy(C, s.Context(), s.Today)),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  x  .  .  .  .  .",
            s => new DeclareRejectionFinal(C, s.ContextAt(Later(s, 60), reason: "Widerspruch zurückgewiesen"))),

        // The card, and zdA.
        //                                                                                       N  Rc Rg CC DR AS AR PO PC RD HP IR Gr GP EO EI ED EB RP HO DA RJ RS LR Fi Wd St Pk Cl
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new OrderEat(C, s.Context(), Express: false, DirectDispatch: false)),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new RecordEatInProduction(C, s.Context())),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new RecordEatDeliveredToOffice(C, s.Context())),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .",
            s => new MarkReadyForPickup(C, s.Context())),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  .  .  .  .  x  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .",
            s => new HandOver(C, s.Context())),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new RecordDeliveryToApplicant(C, s.Context())),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  x  .  .  .  x  x  x  .  x",
            s => new CloseCase(C, s.Context())),

        // Any open case; withdrawal and the Fiktion only before the decision.
        //                                                                                       N  Rc Rg CC DR AS AR PO PC RD HP IR Gr GP EO EI ED EB RP HO DA RJ RS LR Fi Wd St Pk Cl
        TransitionRow.Of(                                                                       ".  x  x  x  x  x  x  x  x  x  x  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  .",
            s => new Withdraw(C, s.Context(), OnApplicantsBehalf: false)),
        TransitionRow.Of(                                                                       ".  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  .  .  .  x  .",
            s => new Settle(C, s.Context(), SettlementKind.Died, null)),
        TransitionRow.Of(                                                                       ".  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  .  .  .  x  .",
            s => new Park(C, s.Context(reason: "Pass abgelaufen"))),
        TransitionRow.Of(                                                                       ".  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  .",
            s => new Resume(C, s.Context())),
        TransitionRow.Of(                                                                       ".  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  .  .  .  x  .",
            s => new AssignCase(C, s.Context(TeamLead, "Urlaubsvertretung"), "sb-2", TeamA)),
        TransitionRow.Of(                                                                       ".  x  x  x  x  x  x  x  x  x  x  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  .",
            s => new OrderFiktionContinuation(C, s.Context(TeamLead, "unbillige Härte")),
            Application.LateExtension),
        TransitionRow.Of(                                                                       ".  x  x  x  x  x  x  x  x  x  x  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  .",
            s => new IssueFiktionsbescheinigung(C, s.Context(), Ids.CertificateNumber, s.Today.AddDays(90))),
        TransitionRow.Of(                                                                       ".  x  x  x  x  x  x  x  x  x  x  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  x  .",
            s => new RenewFiktionsbescheinigung(C, s.Context(), (s.State.Fiktion?.ValidUntil ?? s.Today).AddDays(90)),
            Application.Extension18bWithCertificate),

        // Fees: charged while open; paid or reduced while something is outstanding (only before the appearance ends,
        // which needs them settled); waived whenever the fee exists, even after the end of the procedure.
        //                                                                                       N  Rc Rg CC DR AS AR PO PC RD HP IR Gr GP EO EI ED EB RP HO DA RJ RS LR Fi Wd St Pk Cl
        TransitionRow.Of(                                                                       ".  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  .  .  .  x  .",
            s => new ChargeFee(C, s.Context(), Ids.CertificateFee, "Fiktionsbescheinigung", 1300, "§ 47 Abs. 1 Nr. 9 AufenthV")),
        TransitionRow.Of(                                                                       ".  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new RecordFeePayment(C, s.Context(), Ids.AppearanceFee, Math.Max(1, s.State.OutstandingFeesCents))),
        TransitionRow.Of(                                                                       ".  .  .  .  .  x  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .",
            s => new ReduceFee(C, s.Context(reason: "minderjährig, § 50 AufenthV"), Ids.AppearanceFee, Stories.FeeCents / 2)),
        TransitionRow.Of(                                                                       ".  .  .  .  .  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  x  .  x  x  x",
            s => new WaiveFee(C, s.Context(reason: "anerkannter Flüchtling, § 52 AufenthV"), Ids.AppearanceFee)),
    ];
}
