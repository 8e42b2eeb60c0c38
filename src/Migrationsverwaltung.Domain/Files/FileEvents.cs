using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Files;

/// <summary>
/// What happened to a person's file, with who and when (why travels in the event metadata). Every event is about
/// the person, so retention can erase its personal fields (titles, file names, purposes) without rewriting it.
/// </summary>
public abstract record FileEvent(Guid FileId, Guid PersonId, DateTimeOffset At, string By) : IAboutPerson;

public sealed record FileOpened(Guid FileId, Guid PersonId, DateTimeOffset At, string By, Guid OfficeId) : FileEvent(FileId, PersonId, At, By);

/// <summary>A file that came from another office (xdomea 0401): its process id and the sending authority.</summary>
public sealed record FileImported(Guid FileId, Guid PersonId, DateTimeOffset At, string By, string FromAuthority, string ProcessId)
    : FileEvent(FileId, PersonId, At, By);

public sealed record DocumentAdded(
    Guid FileId, Guid PersonId, DateTimeOffset At, string By, Guid DocumentId, string DocumentType,
    [property: PersonalData] string? Title, DateOnly ReceivedOn, Channel Channel, Confidentiality Confidentiality, DateOnly? ValidUntil,
    Guid ContentId, string Sha256, long Size, string MediaType, [property: PersonalData] string? FileName, ScanStatus Scan)
    : FileEvent(FileId, PersonId, At, By);

public sealed record DocumentVersionAdded(
    Guid FileId, Guid PersonId, DateTimeOffset At, string By, Guid DocumentId, int Version,
    Guid ContentId, string Sha256, long Size, string MediaType, [property: PersonalData] string? FileName, ScanStatus Scan)
    : FileEvent(FileId, PersonId, At, By);

public sealed record DocumentReclassified(
    Guid FileId, Guid PersonId, DateTimeOffset At, string By, Guid DocumentId, string DocumentType,
    [property: PersonalData] string? Title, Confidentiality Confidentiality, DateOnly? ValidUntil)
    : FileEvent(FileId, PersonId, At, By);

public sealed record DocumentLinkedToCase(Guid FileId, Guid PersonId, DateTimeOffset At, string By, Guid DocumentId, Guid CaseId)
    : FileEvent(FileId, PersonId, At, By);

public sealed record DocumentUnlinkedFromCase(Guid FileId, Guid PersonId, DateTimeOffset At, string By, Guid DocumentId, Guid CaseId)
    : FileEvent(FileId, PersonId, At, By);

/// <summary>An upload the virus scanner found infected: refused, never stored; recorded with its hash and the signature.</summary>
public sealed record InfectedUploadRefused(
    Guid FileId, Guid PersonId, DateTimeOffset At, string By, string Sha256, string Signature, [property: PersonalData] string? FileName)
    : FileEvent(FileId, PersonId, At, By);

/// <summary>The applicant agreed that the office shares documents with this partner organisation for this purpose until a date.</summary>
public sealed record SharingConsentRecorded(
    Guid FileId, Guid PersonId, DateTimeOffset At, string By, string Partner, [property: PersonalData] string? Purpose, DateOnly Until)
    : FileEvent(FileId, PersonId, At, By);

public sealed record SharingConsentWithdrawn(Guid FileId, Guid PersonId, DateTimeOffset At, string By, string Partner)
    : FileEvent(FileId, PersonId, At, By);

public sealed record DocumentsShared(
    Guid FileId, Guid PersonId, DateTimeOffset At, string By, Guid ShareId, string Partner, [property: PersonalData] string? Purpose,
    IReadOnlyList<Guid> DocumentIds, DateOnly Until)
    : FileEvent(FileId, PersonId, At, By);

public sealed record ShareRevoked(Guid FileId, Guid PersonId, DateTimeOffset At, string By, Guid ShareId)
    : FileEvent(FileId, PersonId, At, By);

public sealed record RetentionAssigned(
    Guid FileId, Guid PersonId, DateTimeOffset At, string By, string RetentionClass, DisposalType Disposal, DateOnly ClosingDate, DateOnly DueOn)
    : FileEvent(FileId, PersonId, At, By);

public sealed record LegalHoldPlaced(Guid FileId, Guid PersonId, DateTimeOffset At, string By, string Reference)
    : FileEvent(FileId, PersonId, At, By);

public sealed record LegalHoldLifted(Guid FileId, Guid PersonId, DateTimeOffset At, string By)
    : FileEvent(FileId, PersonId, At, By);

public sealed record FileOfferedToArchive(Guid FileId, Guid PersonId, DateTimeOffset At, string By, string ProcessId)
    : FileEvent(FileId, PersonId, At, By);

/// <summary>The archive's evaluation (0502), or the disposal type applied when the archive did not answer in time.</summary>
public sealed record FileEvaluated(Guid FileId, Guid PersonId, DateTimeOffset At, string By, string ProcessId, ArchiveDecision Decision, bool ArchiveAnswered)
    : FileEvent(FileId, PersonId, At, By);

public sealed record FileHandedToArchive(Guid FileId, Guid PersonId, DateTimeOffset At, string By, string ProcessId)
    : FileEvent(FileId, PersonId, At, By);

public sealed record ArchiveReceiptConfirmed(Guid FileId, Guid PersonId, DateTimeOffset At, string By, string ProcessId)
    : FileEvent(FileId, PersonId, At, By);

/// <summary>
/// The tombstone: document content and the person's personal data are erased (never the events), so who did what when
/// stays readable. Archived = handed to and received by the public archive before deletion.
/// </summary>
public sealed record FileDeleted(Guid FileId, Guid PersonId, DateTimeOffset At, string By, bool Archived, int DocumentCount)
    : FileEvent(FileId, PersonId, At, By);

/// <summary>
/// A biometric photo's content (all its versions) is erased after its shorter retention (due on DueOn); the document's
/// metadata stays in the file, marked erased, for the auditor.
/// </summary>
public sealed record BiometricDocumentErased(Guid FileId, Guid PersonId, DateTimeOffset At, string By, Guid DocumentId, int Versions, DateOnly DueOn)
    : FileEvent(FileId, PersonId, At, By);
