using System.Text.Json.Nodes;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;
using Migrationsverwaltung.Domain.Organisation;
using Migrationsverwaltung.Domain.Persons;
using Migrationsverwaltung.EventStore.Serialization;

namespace Migrationsverwaltung.Api.Infrastructure.EventSourcing;

/// <summary>
/// The one place where event types get their stored aliases. An alias, once published, never changes its
/// meaning (docs/adr/0005); an old shape is read through an upcaster. Personal fields ([PersonalData]) are
/// stored apart from the events, keyed by the person they are about (docs/adr/0006).
/// </summary>
public static class EventTypes
{
    public static EventTypeRegistry CreateRegistry() => RegisterFileEvents(RegisterOfficeEvents(RegisterPersonEvents(RegisterCaseEvents(new EventTypeRegistry()))))
        .WithPersonalData(
            property => property.IsDefined(typeof(PersonalDataAttribute), inherit: true),
            @event => @event is IAboutPerson about ? about.PersonId : null)
        .WithEnvelopeProperties(StreamIdProperties, userNameProperty: "by");

    /// <summary>
    /// An event's own stream id (a case event's case_id on its case stream, ...) and its actor ("by", when it equals the
    /// envelope's user name) are not stored twice (docs/adr/0014-envelope-properties.md).
    /// </summary>
    private static readonly string[] StreamIdProperties = ["case_id", "person_id", "office_id", "file_id"];

    private static EventTypeRegistry RegisterCaseEvents(EventTypeRegistry registry) => registry
        .Register<CaseGranted>("case_granted")
        .Register<IntentToRejectAnnounced>("intent_to_reject_announced")
        .Register<HearingStatementReceived>("hearing_statement_received")
        .Register<RejectionProposed>("rejection_proposed")
        .Register<RejectionProposalReturned>("rejection_proposal_returned")
        .Register<CaseRejected>("case_rejected")
        .Register<NoticeServed>("notice_served")
        .Register<LegalRemedyFiled>("legal_remedy_filed")
        .Register<RejectionBecameFinal>("rejection_became_final")
        .Register<EatOrdered>("eat_ordered")
        .Register<EatInProduction>("eat_in_production")
        .Register<EatDeliveredToOffice>("eat_delivered_to_office")
        .Register<EatReadyForPickup>("eat_ready_for_pickup")
        .Register<DocumentHandedOver>("document_handed_over")
        .Register<EatDeliveredToApplicant>("eat_delivered_to_applicant")
        .Register<CaseClosed>("case_closed")
        .Register<CaseWithdrawn>("case_withdrawn")
        .Register<CaseSettled>("case_settled")
        .Register<CaseParked>("case_parked")
        .Register<CaseResumed>("case_resumed")
        .Register<CaseAssigned>("case_assigned")
        .Register<FiktionContinuationOrdered>("fiktion_continuation_ordered")
        .Register<FiktionsbescheinigungIssued>("fiktionsbescheinigung_issued")
        .Register<FiktionsbescheinigungRenewed>("fiktionsbescheinigung_renewed")
        .Register<FiktionsbescheinigungVoided>("fiktionsbescheinigung_voided")
        .Register<FeeCharged>("fee_charged")
        .Register<FeePaid>("fee_paid")
        .Register<FeeReduced>("fee_reduced")
        .Register<FeeWaived>("fee_waived")
        .Register<BaConsentRequested>("ba_consent_requested")
        .Register<BaConsentAnswered>("ba_consent_answered")
        .Register<BaConsentDeemedGranted>("ba_consent_deemed_granted")
        .Register<SecurityCheckRequested>("security_check_requested")
        .Register<SecurityCheckCompleted>("security_check_completed")
        .Register<AzrQueried>("azr_queried")
        .Register<AzrAnswered>("azr_answered")
        .Register<OtherParticipationRequested>("other_participation_requested")
        .Register<OtherParticipationAnswered>("other_participation_answered")
        .Register<ReadyForDecisionDeclared>("ready_for_decision_declared")
        .Register<ApplicationReceived>("application_received")
        .Register<CaseRegistered>("case_registered")
        .Register<StatusTokenReissued>("status_token_reissued")
        .Register<CompletenessCheckStarted>("completeness_check_started")
        .Register<DocumentsRequested>("documents_requested")
        .Register<DocumentDeadlineExtended>("document_deadline_extended")
        .Register<DocumentsReceived>("documents_received")
        .Register<ProceededWithoutDocuments>("proceeded_without_documents")
        .Register<ApplicationDeclaredComplete>("application_declared_complete")
        .Register<IdentityChecked>("identity_checked")
        .Register<FingerprintsTaken>("fingerprints_taken")
        .Register<SignatureTaken>("signature_taken")
        .Register<AppearanceCompleted>("appearance_completed")
        .Upcast("case_withdrawn_v0", CaseWithdrawnV0);


    private static EventTypeRegistry RegisterPersonEvents(EventTypeRegistry registry) => registry
        .Register<PersonRegistered>("person_registered")
        .Register<ContactConsentGiven>("contact_consent_given")
        .Register<ContactConsentWithdrawn>("contact_consent_withdrawn")
        .Register<PreferredLanguageRecorded>("preferred_language_recorded")
        .Register<ContactDetailsChanged>("contact_details_changed")
        .Register<AddressChanged>("address_changed")
        .Register<AzrNumberRecorded>("azr_number_recorded")
        .Register<PassportRecorded>("passport_recorded")
        .Register<CurrentTitleRecorded>("current_title_recorded")
        .Register<NameCorrected>("name_corrected")
        .Register<PersonMovedAway>("person_moved_away")
        .Register<PersonDied>("person_died")
        .Register<PersonNaturalised>("person_naturalised");

    private static EventTypeRegistry RegisterOfficeEvents(EventTypeRegistry registry) => registry
        .Register<OfficeEstablished>("office_established")
        .Register<TeamFormed>("team_formed")
        .Register<StaffMemberAppointed>("staff_member_appointed")
        .Register<StaffMemberMoved>("staff_member_moved")
        .Register<StaffMemberLeft>("staff_member_left");

    private static EventTypeRegistry RegisterFileEvents(EventTypeRegistry registry) => registry
        .Register<FileOpened>("file_opened")
        .Register<FileImported>("file_imported")
        .Register<DocumentAdded>("document_added")
        .Register<DocumentVersionAdded>("document_version_added")
        .Register<DocumentReclassified>("document_reclassified")
        .Register<DocumentLinkedToCase>("document_linked_to_case")
        .Register<DocumentUnlinkedFromCase>("document_unlinked_from_case")
        .Register<InfectedUploadRefused>("infected_upload_refused")
        .Register<SharingConsentRecorded>("sharing_consent_recorded")
        .Register<SharingConsentWithdrawn>("sharing_consent_withdrawn")
        .Register<DocumentsShared>("documents_shared")
        .Register<ShareRevoked>("share_revoked")
        .Register<RetentionAssigned>("retention_assigned")
        .Register<LegalHoldPlaced>("legal_hold_placed")
        .Register<LegalHoldLifted>("legal_hold_lifted")
        .Register<FileOfferedToArchive>("file_offered_to_archive")
        .Register<FileEvaluated>("file_evaluated")
        .Register<FileHandedToArchive>("file_handed_to_archive")
        .Register<ArchiveReceiptConfirmed>("archive_receipt_confirmed")
        .Register<FileDeleted>("file_deleted")
        .Register<BiometricDocumentErased>("biometric_document_erased");

    /// <summary>
    /// The first shape of a withdrawal had no "on the applicant's behalf" flag and a mandatory reason; such
    /// withdrawals were always the applicant's own declaration.
    /// </summary>
    internal static CaseWithdrawn CaseWithdrawnV0(JsonObject json) => new(
        (Guid)json["case_id"]!, (DateTimeOffset)json["at"]!, (string)json["by"]!, OnApplicantsBehalf: false, (string?)json["reason"]);
}
