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

    /// <summary>
    /// For additions that cannot overwrite anyone's decision (a new document): decide on whatever version is current
    /// instead of the one the caller saw; a concurrent writer still makes the append fail, and the use case retries.
    /// </summary>
    [JsonIgnore]
    public bool AnyVersion { get; init; }

    [JsonIgnore]
    public abstract Guid StreamId { get; }

    /// <summary>Whose data working on the stream reads, for the access log: the stream itself unless said otherwise.</summary>
    [JsonIgnore]
    public virtual Guid AccessSubject => StreamId;

    [JsonIgnore]
    public virtual IReadOnlySet<Role> AllowedRoles => Roles.CaseWork;

    public abstract TCommand ToDomain(CommandContext context);
}
