using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Cases;

public sealed record CaseGranted(Guid CaseId, DateTimeOffset At, string By, DateOnly ValidUntil) : CaseEvent(CaseId, At, By);

public sealed record IntentToRejectAnnounced(
    Guid CaseId, DateTimeOffset At, string By, Guid PersonId, [property: PersonalData] string? Reasons, DateOnly HearingDeadline)
    : CaseEvent(CaseId, At, By), IAboutPerson;

public sealed record HearingStatementReceived(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

public sealed record RejectionProposed(Guid CaseId, DateTimeOffset At, string By, Guid PersonId, [property: PersonalData] string? Reasons)
    : CaseEvent(CaseId, At, By), IAboutPerson;

public sealed record RejectionProposalReturned(Guid CaseId, DateTimeOffset At, string By, string Reason) : CaseEvent(CaseId, At, By);

/// <summary>Takes effect only with a second team lead's approval (four-eyes); By is the approver.</summary>
public sealed record CaseRejected(Guid CaseId, DateTimeOffset At, string By, string ProposedBy) : CaseEvent(CaseId, At, By);

public sealed record NoticeServed(Guid CaseId, DateTimeOffset At, string By, DateOnly ServedOn, bool WithInstructionsOnRemedies) : CaseEvent(CaseId, At, By);

public sealed record LegalRemedyFiled(Guid CaseId, DateTimeOffset At, string By, DateOnly FiledOn) : CaseEvent(CaseId, At, By);

public sealed record RejectionBecameFinal(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

// The electronic residence permit (eAT) from the Bundesdruckerei, or a paper document handed over.
public sealed record EatOrdered(Guid CaseId, DateTimeOffset At, string By, bool Express, bool DirectDispatch) : CaseEvent(CaseId, At, By);

public sealed record EatInProduction(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

public sealed record EatDeliveredToOffice(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

public sealed record EatReadyForPickup(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

public sealed record DocumentHandedOver(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

public sealed record EatDeliveredToApplicant(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);
