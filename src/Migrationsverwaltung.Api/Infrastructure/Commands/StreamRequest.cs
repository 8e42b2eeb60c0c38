using System.Text.Json.Serialization;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>
/// The request of one use case on a stream: the version the caller saw (If-Match), why (for the commands that
/// need a reason) and the client's command id (Idempotency-Key). Each use case maps it to its domain command.
/// </summary>
public abstract record StreamRequest<TCommand> : ICommandRequest
{
    public required long ExpectedVersion { get; init; }
    public string? Reason { get; init; }
    public string? CommandId { get; init; }

    [JsonIgnore]
    public abstract Guid StreamId { get; }

    [JsonIgnore]
    public virtual IReadOnlySet<Role> AllowedRoles => Roles.CaseWork;

    public abstract TCommand ToDomain(CommandContext context);
}
