namespace Migrationsverwaltung.Domain.Cases;

public sealed record BaConsentRequested(Guid CaseId, DateTimeOffset At, string By, DateOnly ReceivedByBaOn) : CaseEvent(CaseId, At, By);

public sealed record BaConsentAnswered(Guid CaseId, DateTimeOffset At, string By, BaOutcome Outcome) : CaseEvent(CaseId, At, By);

/// <summary>§36(2) BeschV: the BA did not answer within 14 (7) days; its consent counts as given.</summary>
public sealed record BaConsentDeemedGranted(Guid CaseId, DateTimeOffset At, string By, DateOnly FictionDay) : CaseEvent(CaseId, At, By);

public sealed record SecurityCheckRequested(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

public sealed record SecurityCheckCompleted(Guid CaseId, DateTimeOffset At, string By, SecurityCheckOutcome Outcome) : CaseEvent(CaseId, At, By);

public sealed record AzrQueried(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

public sealed record AzrAnswered(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

public sealed record OtherParticipationRequested(Guid CaseId, DateTimeOffset At, string By, Guid ParticipationId, string Body) : CaseEvent(CaseId, At, By);

public sealed record OtherParticipationAnswered(Guid CaseId, DateTimeOffset At, string By, Guid ParticipationId) : CaseEvent(CaseId, At, By);

public sealed record ReadyForDecisionDeclared(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);
