using MediatR;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>
/// A command request through MediatR: which stream, at which version (If-Match), who may send it, why, and the
/// client's command id (Idempotency-Key) if any.
/// </summary>
public interface ICommandRequest : IRequest<CommandResult>
{
    Guid StreamId { get; }
    long ExpectedVersion { get; }
    string? CommandId { get; }
    string? Reason { get; }
    IReadOnlySet<Role> AllowedRoles { get; }
}

public static class Roles
{
    public static readonly IReadOnlySet<Role> CaseWork = new HashSet<Role> { Role.Sachbearbeitung, Role.Teamleitung };
    public static readonly IReadOnlySet<Role> TeamLead = new HashSet<Role> { Role.Teamleitung };
    public static readonly IReadOnlySet<Role> Administration = new HashSet<Role> { Role.Administration };

    /// <summary>A legal hold is placed or lifted by a team lead or the administration (legal department), never by the caseworker alone.</summary>
    public static readonly IReadOnlySet<Role> LegalHold = new HashSet<Role> { Role.Teamleitung, Role.Administration };
}
