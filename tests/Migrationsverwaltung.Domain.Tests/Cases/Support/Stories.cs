using Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Domain.Tests.Cases.Support;

/// <summary>
/// Canonical histories, one per step of the procedure in DOMAIN.md: received → registered → completeness check
/// → documents requested → completeness check → appearance → participations → ready for decision → granted →
/// eAT → handed over → closed, and the branches (hearing, review, rejection, legal remedy, final; withdrawn,
/// settled, parked; eAT by direct dispatch; a paper document for a title without eAT).
/// </summary>
public static class Stories
{
    public static readonly DateOnly DocumentDeadline = new(2026, 3, 16);
    public static readonly DateOnly BaReceivedOn = new(2026, 3, 4);
    public static readonly DateOnly HearingDeadline = new(2026, 3, 16);
    public static readonly DateOnly GrantedUntil = new(2028, 3, 1);
    public const long FeeCents = 9300;

    public static CaseStory None(Application? application = null) => CaseStory.Nothing(application);

    public static CaseStory Received(Application? application = null) => CaseStory.Received(application);

    public static CaseStory Registered(Application? application = null) => Received(application).Registered();

    public static CaseStory InCompletenessCheck(Application? application = null) => Registered(application).CheckStarted();

    public static CaseStory DocumentsRequested(Application? application = null) =>
        InCompletenessCheck(application).DocumentsRequested(DocumentDeadline, "PASS", "KRANKENVERSICHERUNG");

    /// <summary>After one round of missing documents the application is complete; the fee is charged, nothing checked yet.</summary>
    public static CaseStory AppearanceStarted(Application? application = null) =>
        DocumentsRequested(application).DocumentsReceived("PASS", "KRANKENVERSICHERUNG").DeclaredComplete().FeeCharged(Ids.AppearanceFee, FeeCents);

    /// <summary>Identity checked, fingerprints and signature taken (for an eAT), the fee paid: the appearance can be completed.</summary>
    public static CaseStory AppearanceReady(Application? application = null)
    {
        var story = AppearanceStarted(application).IdentityChecked();
        if (story.Application.IssuesEat)
        {
            story.FingerprintsTaken().SignatureTaken();
        }
        return story.FeePaid(Ids.AppearanceFee, FeeCents);
    }

    /// <summary>BA, security check, AZR and the recognition office all asked, none answered yet.</summary>
    public static CaseStory ParticipationOpen(Application? application = null) =>
        AppearanceReady(application).AppearanceCompleted()
            .BaRequested(BaReceivedOn).SecurityCheckRequested().AzrQueried().OtherRequested(Ids.RecognitionOffice, "Bezirksregierung Düsseldorf");

    public static CaseStory ParticipationClosed(Application? application = null) =>
        ParticipationOpen(application)
            .BaAnswered(BaOutcome.Granted).SecurityCheckCompleted(SecurityCheckOutcome.NoFindings).AzrAnswered().OtherAnswered(Ids.RecognitionOffice);

    public static CaseStory ReadyForDecision(Application? application = null) => ParticipationClosed(application).ReadyForDecision();

    public static CaseStory Granted(Application? application = null) => ReadyForDecision(application).Granted(GrantedUntil);

    public static CaseStory EatOrdered(bool directDispatch = false, Application? application = null) =>
        Granted(application).EatOrdered(directDispatch: directDispatch);

    public static CaseStory EatInProduction(bool directDispatch = false, Application? application = null) =>
        EatOrdered(directDispatch, application).EatInProduction();

    public static CaseStory EatDeliveredToOffice(Application? application = null) => EatInProduction(application: application).EatDeliveredToOffice();

    public static CaseStory ReadyForPickup(Application? application = null) => EatDeliveredToOffice(application).EatReadyForPickup();

    public static CaseStory HandedOver(Application? application = null) => ReadyForPickup(application).HandedOver();

    public static CaseStory DeliveredToApplicant(Application? application = null) =>
        EatInProduction(directDispatch: true, application).EatDeliveredToApplicant();

    public static CaseStory Closed(Application? application = null) => HandedOver(application).Closed();

    /// <summary>A Duldung: no participations, no eAT; granted, it is handed over as a paper document.</summary>
    public static CaseStory PaperDocumentGranted() =>
        Registered(Application.Duldung).CheckStarted().DeclaredComplete()
            .FeeCharged(Ids.AppearanceFee, 5800, "Duldung", "§ 47 Abs. 1 Nr. 6 AufenthV").IdentityChecked().FeePaid(Ids.AppearanceFee, 5800)
            .AppearanceCompleted().ReadyForDecision().Granted(new DateOnly(2026, 9, 1));

    public static CaseStory HearingPending(Application? application = null) => ReadyForDecision(application).IntentToReject(HearingDeadline);

    public static CaseStory InReview(Application? application = null) =>
        HearingPending(application).HearingStatementReceived().RejectionProposed(Staff.TeamLead);

    public static CaseStory Rejected(Application? application = null) => InReview(application).Rejected(Staff.TeamLead, Staff.OtherTeamLead);

    public static CaseStory NoticeServed(Application? application = null)
    {
        var story = Rejected(application);
        return story.NoticeServed(story.Today);
    }

    public static CaseStory LegalRemedyFiled(Application? application = null) => NoticeServed(application).LegalRemedyFiled(new DateOnly(2026, 3, 20));

    /// <summary>The month for an objection ran out on 2026-04-02 without one.</summary>
    public static CaseStory Final(Application? application = null) => NoticeServed(application).At(new DateTimeOffset(2026, 4, 7, 9, 0, 0, TimeSpan.FromHours(2))).BecameFinal();

    public static CaseStory Withdrawn(Application? application = null) => DocumentsRequested(application).Withdrawn();

    public static CaseStory Settled(Application? application = null) => ReadyForDecision(application).Settled(SettlementKind.MovedAway, "ABH Köln");

    /// <summary>Parked while the participations run (the passport ran out; a new one is on its way).</summary>
    public static CaseStory Parked(Application? application = null) => ParticipationOpen(application).Parked();
}
