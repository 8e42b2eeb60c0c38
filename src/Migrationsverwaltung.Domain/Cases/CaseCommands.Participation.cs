using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Cases;

public sealed record RequestBaConsent(Guid CaseId, CommandContext Context, DateOnly ReceivedByBaOn) : CaseCommand(CaseId, Context);

public sealed record RecordBaAnswer(Guid CaseId, CommandContext Context, BaOutcome Outcome) : CaseCommand(CaseId, Context);

/// <summary>Records that the BA's consent counts as given: only after the fiction period has run out.</summary>
public sealed record ApplyBaConsentFiction(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record RequestSecurityCheck(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record RecordSecurityCheckResult(Guid CaseId, CommandContext Context, SecurityCheckOutcome Outcome) : CaseCommand(CaseId, Context);

public sealed record QueryAzr(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record RecordAzrAnswer(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record RequestOtherParticipation(Guid CaseId, CommandContext Context, Guid ParticipationId, string Body) : CaseCommand(CaseId, Context);

public sealed record RecordOtherParticipationAnswer(Guid CaseId, CommandContext Context, Guid ParticipationId) : CaseCommand(CaseId, Context);

public sealed record DeclareReadyForDecision(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);
