using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Organisation;

/// <summary>
/// What happened to an office's organisation, in the past tense, with when and who (user id). Staff are named by
/// user id only, so these events hold no personal data; reasons must not describe a person either.
/// </summary>
public abstract record OfficeEvent(Guid OfficeId, DateTimeOffset At, string By);

public sealed record OfficeEstablished(Guid OfficeId, DateTimeOffset At, string By, string AuthorityCode, string FileNumberPrefix, string Name)
    : OfficeEvent(OfficeId, At, By);

public sealed record TeamFormed(Guid OfficeId, DateTimeOffset At, string By, Guid TeamId, string Name) : OfficeEvent(OfficeId, At, By);

public sealed record StaffMemberAppointed(Guid OfficeId, DateTimeOffset At, string By, string UserId, Role Role, Guid? TeamId)
    : OfficeEvent(OfficeId, At, By);

public sealed record StaffMemberMoved(Guid OfficeId, DateTimeOffset At, string By, string UserId, Guid NewTeamId, string Reason)
    : OfficeEvent(OfficeId, At, By);

public sealed record StaffMemberLeft(Guid OfficeId, DateTimeOffset At, string By, string UserId, string Reason) : OfficeEvent(OfficeId, At, By);
