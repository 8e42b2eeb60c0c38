using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Cases;

public sealed record Grant(Guid CaseId, CommandContext Context, DateOnly ValidUntil) : CaseCommand(CaseId, Context);

/// <summary>Negative intent: the applicant is heard (§28 VwVfG) before a rejection; reasons in Context.Reason.</summary>
public sealed record AnnounceIntentToReject(Guid CaseId, CommandContext Context, DateOnly HearingDeadline) : CaseCommand(CaseId, Context);

public sealed record RecordHearingStatement(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record ProposeRejection(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record ApproveRejection(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record ReturnRejectionProposal(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record ServeNotice(Guid CaseId, CommandContext Context, DateOnly ServedOn, bool WithInstructionsOnRemedies) : CaseCommand(CaseId, Context);

public sealed record RecordLegalRemedy(Guid CaseId, CommandContext Context, DateOnly FiledOn) : CaseCommand(CaseId, Context);

public sealed record DeclareRejectionFinal(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record OrderEat(Guid CaseId, CommandContext Context, bool Express, bool DirectDispatch) : CaseCommand(CaseId, Context);

public sealed record RecordEatInProduction(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record RecordEatDeliveredToOffice(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record MarkReadyForPickup(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record HandOver(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record RecordDeliveryToApplicant(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);
