using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Organisation;

/// <summary>Changes to an office's organisation; only the administration may send them.</summary>
public abstract record OfficeCommand(Guid OfficeId, CommandContext Context);

/// <summary>Sets up an Ausländerbehörde: its Behördenkennzahl (8 digits, e.g. "05114000") and its Aktenzeichen prefix.</summary>
public sealed record EstablishOffice(Guid OfficeId, CommandContext Context, string AuthorityCode, string FileNumberPrefix, string Name)
    : OfficeCommand(OfficeId, Context);

public sealed record FormTeam(Guid OfficeId, CommandContext Context, Guid TeamId, string Name) : OfficeCommand(OfficeId, Context);

/// <summary>Caseworkers and team leads belong to a team; auditors and administrators may have none.</summary>
public sealed record AppointStaffMember(Guid OfficeId, CommandContext Context, string UserId, Role Role, Guid? TeamId)
    : OfficeCommand(OfficeId, Context);

/// <summary>Moves a member of staff to another team; the reason in Context.Reason.</summary>
public sealed record MoveStaffMember(Guid OfficeId, CommandContext Context, string UserId, Guid NewTeamId) : OfficeCommand(OfficeId, Context);

/// <summary>A member of staff leaves the office; the reason in Context.Reason.</summary>
public sealed record RemoveStaffMember(Guid OfficeId, CommandContext Context, string UserId) : OfficeCommand(OfficeId, Context);
