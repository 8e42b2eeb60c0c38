using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Cases.Deciding;

internal static class DecisionRules
{
    public static IReadOnlyList<CaseEvent> DeclareReady(DeclareReadyForDecision c, Case s)
    {
        Rules.Require(s.AllParticipationsClosed, CaseMessages.ParticipationsOpen);
        Rules.Require(s.BaConsentNeed != BaConsentNeed.Required || s.Ba is { IsOpen: false },
            "Für diese Titelart muss die Bundesagentur für Arbeit beteiligt werden, bevor entschieden wird.");
        return [new ReadyForDecisionDeclared(c.CaseId, c.Context.Now, c.Context.Actor.UserId)];
    }

    public static IReadOnlyList<CaseEvent> Grant(Grant c, Case s)
    {
        Rules.Require(s.AllParticipationsClosed, CaseMessages.ParticipationsOpen);
        Rules.Require(s.Ba?.Outcome != nameof(BaOutcome.Refused), "Die Bundesagentur für Arbeit hat die Zustimmung versagt; der Titel kann so nicht erteilt werden.");
        Rules.Require(s.AppearanceCompleted, "Ein Titel kann erst nach abgeschlossener Vorsprache erteilt werden.");
        Rules.Require(c.ValidUntil > Calendar.BerlinTime.DateOf(c.Context.Now), "Die Gültigkeit des Titels muss in der Zukunft enden.");
        return WithFiktionVoided(s, c.Context, new CaseGranted(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.ValidUntil));
    }

    public static IReadOnlyList<CaseEvent> AnnounceIntentToReject(AnnounceIntentToReject c, Case s)
    {
        var reasons = Rules.RequireReason(c.Context, "Anhörung vor Ablehnung");
        Rules.Require(c.HearingDeadline > Calendar.BerlinTime.DateOf(c.Context.Now), "Die Anhörungsfrist muss in der Zukunft liegen.");
        return [new IntentToRejectAnnounced(c.CaseId, c.Context.Now, c.Context.Actor.UserId, s.PersonId, reasons, c.HearingDeadline)];
    }

    /// <summary>After the applicant's statement, or once the hearing deadline has passed without one.</summary>
    public static IReadOnlyList<CaseEvent> ProposeRejection(ProposeRejection c, Case s)
    {
        var reasons = Rules.RequireReason(c.Context, "Ablehnung");
        Rules.Require(s.HearingStatementReceived || c.Context.Now >= Calendar.BerlinTime.EndOf(s.HearingDeadline!.Value),
            "Die Ablehnung kann erst nach der Stellungnahme oder nach Ablauf der Anhörungsfrist vorgeschlagen werden.");
        return [new RejectionProposed(c.CaseId, c.Context.Now, c.Context.Actor.UserId, s.PersonId, reasons)];
    }

    /// <summary>Four-eyes: a team lead other than the proposer.</summary>
    public static IReadOnlyList<CaseEvent> ApproveRejection(ApproveRejection c, Case s)
    {
        Rules.Require(c.Context.Actor.Role == Role.Teamleitung, "Eine Ablehnung muss von der Teamleitung freigegeben werden.");
        Rules.Require(c.Context.Actor.UserId != s.RejectionProposedBy, "Vier-Augen-Prinzip: Wer die Ablehnung vorschlägt, kann sie nicht selbst freigeben.");
        // A rejection is a decision too: a case that went on without its documents may still wait for a participation.
        Rules.Require(s.AllParticipationsClosed, CaseMessages.ParticipationsOpen);
        return WithFiktionVoided(s, c.Context, new CaseRejected(c.CaseId, c.Context.Now, c.Context.Actor.UserId, s.RejectionProposedBy!));
    }

    public static IReadOnlyList<CaseEvent> ReturnProposal(ReturnRejectionProposal c)
    {
        Rules.Require(c.Context.Actor.Role == Role.Teamleitung, "Nur die Teamleitung kann einen Ablehnungsvorschlag zurückgeben.");
        return [new RejectionProposalReturned(c.CaseId, c.Context.Now, c.Context.Actor.UserId, Rules.RequireReason(c.Context, "Rückgabe des Vorschlags"))];
    }

    /// <summary>The legal-remedy period runs from the service: it cannot precede the rejection, nor lie ahead (it is recorded once it happened).</summary>
    public static IReadOnlyList<CaseEvent> ServeNotice(ServeNotice c, Case s)
    {
        Rules.Require(c.ServedOn >= Calendar.BerlinTime.DateOf(s.DecidedAt!.Value), "Der Bescheid kann nicht vor der Entscheidung zugestellt worden sein.");
        Rules.Require(c.ServedOn <= Calendar.BerlinTime.DateOf(c.Context.Now), "Eine Zustellung in der Zukunft kann nicht erfasst werden.");
        return [new NoticeServed(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.ServedOn, c.WithInstructionsOnRemedies)];
    }

    /// <summary>Final once the remedy period has run out without a remedy, or the remedy has been decided (reason).</summary>
    public static IReadOnlyList<CaseEvent> DeclareFinal(DeclareRejectionFinal c, Case s)
    {
        if (s.Status == CaseStatus.LegalRemedyFiled)
        {
            Rules.RequireReason(c.Context, "Bestandskraft nach Rechtsbehelf");
        }
        else
        {
            Rules.Require(s.NoticeServedOn is not null, "Der Bescheid ist noch nicht zugestellt.");
            var remedy = Deadlines.DeadlineRules.LegalRemedy(s.NoticeServedOn!.Value, s.NoticeWithInstructions);
            Rules.Require(remedy.HasExpiredAt(c.Context.Now), $"Die Rechtsbehelfsfrist läuft bis {remedy.LastDay:dd.MM.yyyy}.");
        }
        return [new RejectionBecameFinal(c.CaseId, c.Context.Now, c.Context.Actor.UserId)];
    }

    /// <summary>The Fiktionsbescheinigung becomes void with the decision (or the end of the procedure).</summary>
    public static IReadOnlyList<CaseEvent> WithFiktionVoided(Case s, CommandContext context, CaseEvent @event) =>
        s.Fiktion is { Void: false }
            ? [@event, new FiktionsbescheinigungVoided(s.Id, context.Now, context.Actor.UserId)]
            : [@event];
}
