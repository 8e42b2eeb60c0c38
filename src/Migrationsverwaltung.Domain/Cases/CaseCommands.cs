using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Cases;

/// <summary>What a caseworker (or the system on their behalf) asks of a case. Every command carries who, when and why.</summary>
public abstract record CaseCommand(Guid CaseId, CommandContext Context);

// Intake. The handler looks the title up in the catalogue and passes what the rules need.
public sealed record ReceiveApplication(
    Guid CaseId, CommandContext Context, Guid PersonId, Guid OfficeId, Guid TeamId,
    string TitleCode, string CatalogueVersion, ApplicationKind Kind, ApplicationChannel Channel, DateOnly ReceivedOn,
    BaConsentNeed BaConsent, bool ShortenedBaFiction, bool IssuesEat,
    DateOnly? CurrentTitleValidUntil, bool LawfulStayWithoutTitle) : CaseCommand(CaseId, Context);

/// <summary>The handler allocates the file number and the status token; only the token's hash is stored.</summary>
public sealed record RegisterCase(Guid CaseId, CommandContext Context, string FileNumber, string StatusTokenHash) : CaseCommand(CaseId, Context);

public sealed record ReissueStatusToken(Guid CaseId, CommandContext Context, string StatusTokenHash) : CaseCommand(CaseId, Context);

// Completeness
public sealed record StartCompletenessCheck(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record RequestDocuments(Guid CaseId, CommandContext Context, IReadOnlyList<MissingItem> Items, DateOnly Deadline) : CaseCommand(CaseId, Context);

public sealed record ExtendDocumentDeadline(Guid CaseId, CommandContext Context, DateOnly NewDeadline) : CaseCommand(CaseId, Context);

public sealed record ReceiveDocuments(Guid CaseId, CommandContext Context, IReadOnlyList<string> DocumentCodes) : CaseCommand(CaseId, Context);

/// <summary>The documents deadline passed without them: decide on the file as it stands (reason required).</summary>
public sealed record ProceedWithoutDocuments(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record ConfirmCompleteness(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

// Appearance (Vorsprache: identity, fingerprints §61a AufenthV, signature, fee)
public sealed record RecordIdentityChecked(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record RecordFingerprintsTaken(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record RecordSignatureTaken(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);

public sealed record CompleteAppearance(Guid CaseId, CommandContext Context) : CaseCommand(CaseId, Context);
