using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Cases;

/// <summary>
/// What happened to a case, in the past tense. Every event says when (the command's time) and who (user id);
/// the store adds correlation, causation and the reason header. Published events never change meaning:
/// a new shape gets a new event or an upcaster (CaseEventTypes).
/// </summary>
public abstract record CaseEvent(Guid CaseId, DateTimeOffset At, string By);

// Intake
public sealed record ApplicationReceived(
    Guid CaseId, DateTimeOffset At, string By, Guid PersonId, Guid OfficeId, Guid TeamId,
    string TitleCode, string CatalogueVersion, ApplicationKind Kind, ApplicationChannel Channel, DateOnly ReceivedOn,
    BaConsentNeed BaConsent, bool ShortenedBaFiction, bool IssuesEat,
    DateOnly? CurrentTitleValidUntil, bool LawfulStayWithoutTitle, FiktionBasis? Fiktion)
    : CaseEvent(CaseId, At, By), IAboutPerson;

public sealed record CaseRegistered(Guid CaseId, DateTimeOffset At, string By, string FileNumber, string StatusTokenHash)
    : CaseEvent(CaseId, At, By);

public sealed record StatusTokenReissued(Guid CaseId, DateTimeOffset At, string By, string StatusTokenHash)
    : CaseEvent(CaseId, At, By);

// Completeness
public sealed record CompletenessCheckStarted(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

public sealed record DocumentsRequested(Guid CaseId, DateTimeOffset At, string By, IReadOnlyList<MissingItem> Items, DateOnly Deadline)
    : CaseEvent(CaseId, At, By);

public sealed record DocumentDeadlineExtended(Guid CaseId, DateTimeOffset At, string By, DateOnly NewDeadline, string Reason)
    : CaseEvent(CaseId, At, By);

public sealed record DocumentsReceived(Guid CaseId, DateTimeOffset At, string By, IReadOnlyList<string> DocumentCodes)
    : CaseEvent(CaseId, At, By);

public sealed record ProceededWithoutDocuments(Guid CaseId, DateTimeOffset At, string By, string Reason)
    : CaseEvent(CaseId, At, By);

public sealed record ApplicationDeclaredComplete(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

// Appearance (Vorsprache)
public sealed record IdentityChecked(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

public sealed record FingerprintsTaken(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

public sealed record SignatureTaken(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);

public sealed record AppearanceCompleted(Guid CaseId, DateTimeOffset At, string By) : CaseEvent(CaseId, At, By);
