using System.Text.Json.Serialization;
using Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>A request on one case (Verfahren).</summary>
public abstract record CaseRequest : StreamRequest<CaseCommand>
{
    public required Guid CaseId { get; init; }

    [JsonIgnore]
    public override Guid StreamId => CaseId;
}
