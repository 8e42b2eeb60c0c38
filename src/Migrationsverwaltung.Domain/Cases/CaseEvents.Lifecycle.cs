using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Cases;

/// <summary>zdA: the file is closed; the retention clock starts at At.</summary>
public sealed record CaseClosed(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

public sealed record CaseWithdrawn(Guid CaseId, DateTimeOffset At, string By, bool OnApplicantsBehalf, string? Reason) : CaseEvent(CaseId, At, By);

public sealed record CaseSettled(Guid CaseId, DateTimeOffset At, string By, SettlementKind Kind, string? NewOfficeCode) : CaseEvent(CaseId, At, By);

public sealed record CaseParked(Guid CaseId, DateTimeOffset At, string By, string Reason) : CaseEvent(CaseId, At, By);

public sealed record CaseResumed(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

public sealed record CaseAssigned(Guid CaseId, DateTimeOffset At, string By, string? Caseworker, Guid TeamId, string? Reason) : CaseEvent(CaseId, At, By);

// Fiktionsbescheinigung (§81(5) AufenthV)
public sealed record FiktionContinuationOrdered(Guid CaseId, DateTimeOffset At, string By, string Reason) : CaseEvent(CaseId, At, By);

public sealed record FiktionsbescheinigungIssued(Guid CaseId, DateTimeOffset At, string By, Guid PersonId, [property: PersonalData] string? DocumentNumber, DateOnly ValidUntil)
    : CaseEvent(CaseId, At, By), IAboutPerson;

public sealed record FiktionsbescheinigungRenewed(Guid CaseId, DateTimeOffset At, string By, DateOnly ValidUntil) : CaseEvent(CaseId, At, By);

public sealed record FiktionsbescheinigungVoided(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

// Fees (AufenthV §§44 ff.), in cents
public sealed record FeeCharged(Guid CaseId, DateTimeOffset At, string By, Guid FeeId, string Purpose, long AmountCents, string LegalBasis) : CaseEvent(CaseId, At, By);

public sealed record FeePaid(Guid CaseId, DateTimeOffset At, string By, Guid FeeId, long AmountCents) : CaseEvent(CaseId, At, By);

public sealed record FeeReduced(Guid CaseId, DateTimeOffset At, string By, Guid FeeId, long NewAmountCents, string Reason) : CaseEvent(CaseId, At, By);

public sealed record FeeWaived(Guid CaseId, DateTimeOffset At, string By, Guid FeeId, string Reason) : CaseEvent(CaseId, At, By);
