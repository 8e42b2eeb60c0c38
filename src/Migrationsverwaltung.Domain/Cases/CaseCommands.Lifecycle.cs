using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Cases;

public sealed record CloseCase(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record Withdraw(Guid CaseId, CommandContext Context, bool OnApplicantsBehalf) : CaseCommand(CaseId, Context);

public sealed record Settle(Guid CaseId, CommandContext Context, SettlementKind Kind, string? NewOfficeCode) : CaseCommand(CaseId, Context);

public sealed record Park(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record Resume(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

/// <summary>Assign (or reassign, with a reason) to a caseworker of a team; null caseworker = back to the team's pool.</summary>
public sealed record AssignCase(Guid CaseId, CommandContext Context, string? Caseworker, Guid TeamId) : CaseCommand(CaseId, Context);

public sealed record OrderFiktionContinuation(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record IssueFiktionsbescheinigung(Guid CaseId, CommandContext Context, string DocumentNumber, DateOnly ValidUntil) : CaseCommand(CaseId, Context);

public sealed record RenewFiktionsbescheinigung(Guid CaseId, CommandContext Context, DateOnly ValidUntil) : CaseCommand(CaseId, Context);

public sealed record ChargeFee(Guid CaseId, CommandContext Context, Guid FeeId, string Purpose, long AmountCents, string LegalBasis) : CaseCommand(CaseId, Context);

public sealed record RecordFeePayment(Guid CaseId, CommandContext Context, Guid FeeId, long AmountCents) : CaseCommand(CaseId, Context);

public sealed record ReduceFee(Guid CaseId, CommandContext Context, Guid FeeId, long NewAmountCents) : CaseCommand(CaseId, Context);

public sealed record WaiveFee(Guid CaseId, CommandContext Context, Guid FeeId) : CaseCommand(CaseId, Context);
