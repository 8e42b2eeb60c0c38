using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Tests.Cases.Support;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.Staff;

namespace Migrationsverwaltung.Domain.Tests.Cases.Properties;

/// <summary>
/// Every command a caseworker or team lead might send at a moment, with content that fits the case (its fees,
/// its open participations, its deadlines) and some that do not (missing reasons, past dates, unknown fees).
/// The random walk keeps those the decider accepts; the others still have to be refused cleanly.
/// </summary>
public static class CandidateCommands
{
    private static readonly Guid C = Ids.Case;
    private const string Reason = "Vermerk in der Akte";

    public static IEnumerable<CaseCommand> For(Case s, DateTimeOffset now, int serial)
    {
        var today = BerlinTime.DateOf(now);
        CommandContext By(Actor actor, string? reason = null) => new(actor, now, reason);
        var sb = By(Caseworker);
        var why = By(Caseworker, Reason);
        var fresh = new Guid(serial, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]);

        foreach (var application in Applications(today))
        {
            yield return application.Command(sb);
        }
        yield return new RegisterCase(C, sb, Ids.FileNumber, Ids.TokenHash);
        yield return new ReissueStatusToken(C, sb, $"token-{serial}");

        yield return new StartCompletenessCheck(C, sb);
        yield return new RequestDocuments(C, sb, [new MissingItem("PASS")], today.AddDays(14));
        yield return new RequestDocuments(C, sb, [], today.AddDays(14));
        yield return new ExtendDocumentDeadline(C, why, (s.DocumentDeadline ?? today).AddDays(7));
        yield return new ExtendDocumentDeadline(C, sb, (s.DocumentDeadline ?? today).AddDays(7));
        yield return new ReceiveDocuments(C, sb, ["PASS"]);
        yield return new ProceedWithoutDocuments(C, why);
        yield return new ConfirmCompleteness(C, sb);

        yield return new RecordIdentityChecked(C, sb);
        yield return new RecordFingerprintsTaken(C, sb);
        yield return new RecordSignatureTaken(C, sb);
        yield return new CompleteAppearance(C, sb);

        yield return new RequestBaConsent(C, sb, today);
        foreach (var outcome in Enum.GetValues<BaOutcome>())
        {
            yield return new RecordBaAnswer(C, sb, outcome);
        }
        yield return new ApplyBaConsentFiction(C, sb);
        yield return new RequestSecurityCheck(C, sb);
        yield return new RecordSecurityCheckResult(C, sb, SecurityCheckOutcome.NoFindings);
        yield return new RecordSecurityCheckResult(C, sb, SecurityCheckOutcome.Concerns);
        yield return new QueryAzr(C, sb);
        yield return new RecordAzrAnswer(C, sb);
        yield return new RequestOtherParticipation(C, sb, fresh, "Anerkennungsstelle");
        foreach (var key in s.Participations.Keys.Where(key => Guid.TryParse(key, out _)).Append(fresh.ToString()))
        {
            yield return new RecordOtherParticipationAnswer(C, sb, Guid.Parse(key));
        }
        yield return new DeclareReadyForDecision(C, sb);

        yield return new Grant(C, sb, today.AddYears(1));
        yield return new Grant(C, sb, today);
        yield return new AnnounceIntentToReject(C, why, today.AddDays(14));
        yield return new AnnounceIntentToReject(C, sb, today.AddDays(14));
        yield return new RecordHearingStatement(C, sb);
        yield return new ProposeRejection(C, why);
        yield return new ProposeRejection(C, By(TeamLead, Reason));
        yield return new ProposeRejection(C, sb);
        foreach (var approver in new[] { TeamLead, OtherTeamLead, OtherCaseworker })
        {
            yield return new ApproveRejection(C, By(approver));
        }
        yield return new ReturnRejectionProposal(C, By(OtherTeamLead, Reason));
        yield return new ServeNotice(C, sb, today, WithInstructionsOnRemedies: true);
        yield return new ServeNotice(C, sb, today, WithInstructionsOnRemedies: false);
        yield return new ServeNotice(C, sb, today.AddDays(-3), WithInstructionsOnRemedies: true);
        yield return new ServeNotice(C, sb, today.AddDays(3), WithInstructionsOnRemedies: true);
        yield return new RecordLegalRemedy(C, sb, today);
        yield return new DeclareRejectionFinal(C, why);
        yield return new DeclareRejectionFinal(C, sb);

        yield return new OrderEat(C, sb, Express: false, DirectDispatch: false);
        yield return new OrderEat(C, sb, Express: true, DirectDispatch: false);
        yield return new OrderEat(C, sb, Express: false, DirectDispatch: true);
        yield return new RecordEatInProduction(C, sb);
        yield return new RecordEatDeliveredToOffice(C, sb);
        yield return new MarkReadyForPickup(C, sb);
        yield return new HandOver(C, sb);
        yield return new RecordDeliveryToApplicant(C, sb);
        yield return new CloseCase(C, sb);

        yield return new Withdraw(C, sb, OnApplicantsBehalf: false);
        yield return new Withdraw(C, why, OnApplicantsBehalf: true);
        yield return new Withdraw(C, sb, OnApplicantsBehalf: true);
        yield return new Settle(C, sb, SettlementKind.MovedAway, "ABH Köln");
        yield return new Settle(C, sb, SettlementKind.MovedAway, null);
        yield return new Settle(C, sb, SettlementKind.Died, null);
        yield return new Park(C, why);
        yield return new Park(C, sb);
        yield return new Resume(C, sb);
        yield return new AssignCase(C, By(TeamLead, Reason), "sb-1", TeamA);
        yield return new AssignCase(C, By(TeamLead, Reason), "sb-2", TeamA);
        yield return new AssignCase(C, By(TeamLead), "sb-2", TeamA);
        yield return new AssignCase(C, By(TeamLead, Reason), null, TeamB);

        yield return new OrderFiktionContinuation(C, By(TeamLead, Reason));
        yield return new IssueFiktionsbescheinigung(C, sb, $"FB-{serial}", today.AddDays(30));
        yield return new IssueFiktionsbescheinigung(C, sb, $"FB-{serial}", today);
        yield return new RenewFiktionsbescheinigung(C, sb, (s.Fiktion?.ValidUntil ?? today).AddDays(30));
        yield return new RenewFiktionsbescheinigung(C, sb, s.Fiktion?.ValidUntil ?? today);

        yield return new ChargeFee(C, sb, fresh, "Verlängerung über 3 Monate", 9300, "§ 45 Nr. 2 Buchst. b AufenthV");
        yield return new ChargeFee(C, sb, fresh, "Fiktionsbescheinigung", -1300, "§ 47 Abs. 1 Nr. 9 AufenthV");
        foreach (var fee in s.Fees.Values)
        {
            yield return new RecordFeePayment(C, sb, fee.Id, fee.OutstandingCents);
            yield return new RecordFeePayment(C, sb, fee.Id, Math.Max(1, fee.OutstandingCents / 2));
            yield return new RecordFeePayment(C, sb, fee.Id, fee.OutstandingCents + 1);
            yield return new ReduceFee(C, why, fee.Id, (fee.AmountCents + fee.PaidCents) / 2);
            yield return new ReduceFee(C, sb, fee.Id, fee.PaidCents);
            yield return new WaiveFee(C, why, fee.Id);
            yield return new WaiveFee(C, sb, fee.Id);
        }
        yield return new RecordFeePayment(C, sb, fresh, 100);
        yield return new WaiveFee(C, why, fresh);
    }

    /// <summary>Applications received today: in time, late, lawful stay without a title, a Duldung, fast track.</summary>
    private static IEnumerable<Application> Applications(DateOnly today)
    {
        var inTime = Application.Extension18b with { ReceivedOn = today, CurrentTitleValidUntil = today.AddDays(20) };
        yield return inTime;
        yield return inTime with { CurrentTitleValidUntil = today.AddDays(-1) };
        yield return inTime with { Kind = ApplicationKind.FirstIssue, CurrentTitleValidUntil = null, LawfulStayWithoutTitle = true };
        yield return Application.Duldung with { ReceivedOn = today };
        yield return inTime with { ShortenedBaFiction = true, BaConsent = BaConsentNeed.Depends };
    }
}
