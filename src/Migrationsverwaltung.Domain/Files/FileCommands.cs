using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Files;

/// <summary>What the office does with a person's file. Every command carries who, when and why.</summary>
public abstract record FileCommand(Guid FileId, CommandContext Context);

/// <summary>Metadata of a document as the caseworker classifies it.</summary>
public sealed record DocumentDescription(string DocumentType, string? Title, DateOnly ReceivedOn, Channel Channel, Confidentiality Confidentiality, DateOnly? ValidUntil);

/// <summary>
/// Adds verified, stored bytes as a new document of the person's file (opening the file on first use), linked to
/// the given cases. The same bytes already in the file are not added twice: the existing document is linked instead.
/// </summary>
public sealed record AddDocument(
    Guid FileId, CommandContext Context, Guid PersonId, Guid OfficeId, Guid DocumentId, DocumentDescription Description,
    StoredContent Content, IReadOnlyList<Guid> CaseIds) : FileCommand(FileId, Context);

public sealed record AddDocumentVersion(Guid FileId, CommandContext Context, Guid DocumentId, StoredContent Content) : FileCommand(FileId, Context);

public sealed record ReclassifyDocument(Guid FileId, CommandContext Context, Guid DocumentId, string DocumentType, string? Title, Confidentiality Confidentiality, DateOnly? ValidUntil)
    : FileCommand(FileId, Context);

public sealed record LinkDocumentToCase(Guid FileId, CommandContext Context, Guid DocumentId, Guid CaseId) : FileCommand(FileId, Context);

public sealed record UnlinkDocumentFromCase(Guid FileId, CommandContext Context, Guid DocumentId, Guid CaseId) : FileCommand(FileId, Context);

public sealed record RecordInfectedUpload(Guid FileId, CommandContext Context, Guid PersonId, Guid OfficeId, string Sha256, string Signature, string? FileName)
    : FileCommand(FileId, Context);

public sealed record RecordSharingConsent(Guid FileId, CommandContext Context, string Partner, string? Purpose, DateOnly Until) : FileCommand(FileId, Context);

public sealed record WithdrawSharingConsent(Guid FileId, CommandContext Context, string Partner) : FileCommand(FileId, Context);

public sealed record ShareDocuments(Guid FileId, CommandContext Context, Guid ShareId, string Partner, IReadOnlyList<Guid> DocumentIds, DateOnly Until)
    : FileCommand(FileId, Context);

public sealed record RevokeShare(Guid FileId, CommandContext Context, Guid ShareId) : FileCommand(FileId, Context);

public sealed record AssignRetention(Guid FileId, CommandContext Context, RetentionAssignment Retention) : FileCommand(FileId, Context);

public sealed record PlaceLegalHold(Guid FileId, CommandContext Context, string Reference) : FileCommand(FileId, Context);

public sealed record LiftLegalHold(Guid FileId, CommandContext Context) : FileCommand(FileId, Context);

public sealed record OfferToArchive(Guid FileId, CommandContext Context, string ProcessId) : FileCommand(FileId, Context);

public sealed record RecordArchiveEvaluation(Guid FileId, CommandContext Context, string ProcessId, ArchiveDecision Decision) : FileCommand(FileId, Context);

/// <summary>No answer from the archive within the configured period: the disposal type decides.</summary>
public sealed record ApplyDisposalWithoutAnswer(Guid FileId, CommandContext Context) : FileCommand(FileId, Context);

public sealed record HandOverToArchive(Guid FileId, CommandContext Context) : FileCommand(FileId, Context);

public sealed record ConfirmArchiveReceipt(Guid FileId, CommandContext Context, string ProcessId) : FileCommand(FileId, Context);

/// <summary>The end of a file: allowed once the archive has it, or it was evaluated for destruction.</summary>
public sealed record DeleteFile(Guid FileId, CommandContext Context) : FileCommand(FileId, Context);

/// <summary>
/// Erases a biometric photo's content when its shorter retention has ended (BiometricRetention); the person's birth date
/// decides between the adult and the minor period. The document stays listed, marked erased.
/// </summary>
public sealed record EraseBiometricDocument(Guid FileId, CommandContext Context, Guid DocumentId, DateOnly? BirthDate) : FileCommand(FileId, Context);

/// <summary>Opens the file of a person who moved here, from another office's xdomea 0401 hand-over; its documents follow as AddDocument.</summary>
public sealed record ImportFile(Guid FileId, CommandContext Context, Guid PersonId, Guid OfficeId, string FromAuthority, string ProcessId) : FileCommand(FileId, Context);
