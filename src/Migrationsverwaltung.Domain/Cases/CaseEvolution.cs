using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Cases;

/// <summary>
/// Evolve: applies an event to the state. It holds no rules: the decision was taken when the event was
/// decided; here it is only recorded.
/// </summary>
public static class CaseEvolution
{
    public static Case Evolve(Case state, CaseEvent @event) => @event switch
    {
        ApplicationReceived e => state with
        {
            Id = e.CaseId, PersonId = e.PersonId, OfficeId = e.OfficeId, TeamId = e.TeamId, TitleCode = e.TitleCode,
            CatalogueVersion = e.CatalogueVersion, Kind = e.Kind, ReceivedOn = e.ReceivedOn, BaConsentNeed = e.BaConsent,
            ShortenedBaFiction = e.ShortenedBaFiction, IssuesEat = e.IssuesEat, CurrentTitleValidUntil = e.CurrentTitleValidUntil,
            FiktionBasis = e.Fiktion, Status = CaseStatus.Received,
        },
        CaseRegistered e => state with { FileNumber = e.FileNumber, StatusTokenHash = e.StatusTokenHash, Status = CaseStatus.Registered },
        StatusTokenReissued e => state with { StatusTokenHash = e.StatusTokenHash },
        CompletenessCheckStarted => state with { Status = CaseStatus.CompletenessCheck },
        DocumentsRequested e => state with
        {
            Status = CaseStatus.DocumentsRequested, DocumentDeadline = e.Deadline, DocumentsRequestedAt = e.At, DocumentRounds = state.DocumentRounds + 1,
        },
        DocumentDeadlineExtended e => state with { DocumentDeadline = e.NewDeadline },
        DocumentsReceived => state with { Status = CaseStatus.CompletenessCheck, DocumentDeadline = null },
        ProceededWithoutDocuments => state with { Status = CaseStatus.ReadyForDecision, DocumentDeadline = null },
        ApplicationDeclaredComplete => state with { Status = CaseStatus.Appearance },
        IdentityChecked => state with { IdentityChecked = true },
        FingerprintsTaken => state with { FingerprintsTaken = true },
        SignatureTaken => state with { SignatureTaken = true },
        AppearanceCompleted => state with { AppearanceCompleted = true, Status = CaseStatus.Participation },
        BaConsentRequested e => Open(state, ParticipationKeys.Ba, "Bundesagentur für Arbeit", e.ReceivedByBaOn),
        BaConsentAnswered e => Close(state, ParticipationKeys.Ba, e.At, e.Outcome.ToString()),
        BaConsentDeemedGranted e => Close(state, ParticipationKeys.Ba, e.At, nameof(BaOutcome.DeemedGranted)),
        SecurityCheckRequested e => Open(state, ParticipationKeys.Security, "Sicherheitsabfrage §73 Abs. 2", BerlinTime.DateOf(e.At)),
        SecurityCheckCompleted e => Close(state, ParticipationKeys.Security, e.At, e.Outcome.ToString()),
        AzrQueried e => Open(state, ParticipationKeys.Azr, "Ausländerzentralregister", BerlinTime.DateOf(e.At)),
        AzrAnswered e => Close(state, ParticipationKeys.Azr, e.At, "Answered"),
        OtherParticipationRequested e => Open(state, e.ParticipationId.ToString(), e.Body, BerlinTime.DateOf(e.At)),
        OtherParticipationAnswered e => Close(state, e.ParticipationId.ToString(), e.At, "Answered"),
        ReadyForDecisionDeclared => state with { Status = CaseStatus.ReadyForDecision },
        CaseGranted e => state with { Status = CaseStatus.Granted, GrantedValidUntil = e.ValidUntil, DecidedAt = e.At },
        IntentToRejectAnnounced e => state with
        {
            Status = CaseStatus.HearingPending, HearingDeadline = e.HearingDeadline, HearingAnnouncedAt = e.At, HearingStatementReceived = false,
        },
        HearingStatementReceived => state with { HearingStatementReceived = true },
        RejectionProposed e => state with { Status = CaseStatus.InReview, RejectionProposedBy = e.By },
        RejectionProposalReturned => state with { Status = CaseStatus.ReadyForDecision, RejectionProposedBy = null },
        CaseRejected e => state with { Status = CaseStatus.Rejected, DecidedAt = e.At },
        NoticeServed e => state with { NoticeServedOn = e.ServedOn, NoticeWithInstructions = e.WithInstructionsOnRemedies },
        LegalRemedyFiled => state with { Status = CaseStatus.LegalRemedyFiled },
        RejectionBecameFinal e => state with { Status = CaseStatus.Final, EndedAt = e.At },
        EatOrdered e => state with { Status = CaseStatus.EatOrdered, EatExpress = e.Express, EatDirectDispatch = e.DirectDispatch, EatOrderedAt = e.At },
        EatInProduction => state with { Status = CaseStatus.EatInProduction },
        EatDeliveredToOffice => state with { Status = CaseStatus.EatDeliveredToOffice },
        EatReadyForPickup e => state with { Status = CaseStatus.ReadyForPickup, ReadyForPickupAt = e.At },
        DocumentHandedOver => state with { Status = CaseStatus.HandedOver },
        EatDeliveredToApplicant => state with { Status = CaseStatus.DeliveredToApplicant },
        CaseClosed e => state with { Status = CaseStatus.Closed, EndedAt = e.At },
        CaseWithdrawn e => state with { Status = CaseStatus.Withdrawn, EndedAt = e.At },
        CaseSettled e => state with { Status = CaseStatus.Settled, EndedAt = e.At },
        CaseParked => state with { ParkedFrom = state.Status, Status = CaseStatus.Parked },
        CaseResumed => state with { Status = state.ParkedFrom ?? state.Status, ParkedFrom = null },
        CaseAssigned e => state with { Caseworker = e.Caseworker, TeamId = e.TeamId },
        FiktionContinuationOrdered => state with { FiktionBasis = Cases.FiktionBasis.AngeordneteFortgeltung },
        FiktionsbescheinigungIssued e => state with { Fiktion = new FiktionCertificate(e.ValidUntil, Void: false) },
        FiktionsbescheinigungRenewed e => state with { Fiktion = new FiktionCertificate(e.ValidUntil, Void: false) },
        FiktionsbescheinigungVoided => state with { Fiktion = state.Fiktion is null ? null : state.Fiktion with { Void = true } },
        FeeCharged e => state with { Fees = state.Fees.SetItem(e.FeeId, new Fee(e.FeeId, e.Purpose, e.AmountCents, e.LegalBasis)) },
        FeePaid e => UpdateFee(state, e.FeeId, fee => fee with { PaidCents = fee.PaidCents + e.AmountCents }),
        FeeReduced e => UpdateFee(state, e.FeeId, fee => fee with { AmountCents = e.NewAmountCents }),
        FeeWaived e => UpdateFee(state, e.FeeId, fee => fee with { Waived = true }),
        _ => state,
    };

    public static Case Replay(IEnumerable<CaseEvent> events) => events.Aggregate(Case.Initial, Evolve);

    private static Case Open(Case state, string key, string body, DateOnly requestedOn) =>
        state with { Participations = state.Participations.SetItem(key, new Participation(body, requestedOn)) };

    private static Case Close(Case state, string key, DateTimeOffset at, string outcome) =>
        state with { Participations = state.Participations.SetItem(key, state.Participations[key] with { ClosedAt = at, Outcome = outcome }) };

    private static Case UpdateFee(Case state, Guid feeId, Func<Fee, Fee> change) =>
        state with { Fees = state.Fees.SetItem(feeId, change(state.Fees[feeId])) };
}
