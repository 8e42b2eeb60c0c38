using System.Text.Json.Serialization;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>
/// The request of one case use case: the case, the version the caller saw (If-Match), why (for the commands
/// that need a reason) and the client's command id (Idempotency-Key). Each use case maps it to its domain command.
/// </summary>
public abstract record CaseRequest : ICommandRequest
{
    public required Guid CaseId { get; init; }
    public required long ExpectedVersion { get; init; }
    public string? Reason { get; init; }
    public string? CommandId { get; init; }

    [JsonIgnore]
    public Guid StreamId => CaseId;

    [JsonIgnore]
    public virtual IReadOnlySet<Role> AllowedRoles => Roles.CaseWork;

    public abstract CaseCommand ToDomain(CommandContext context);
}
