using System.Text.Json.Serialization;
using MediatR;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>A request on a person's file (E-Akte): addressed by the person, whose file stream id is derived from theirs.</summary>
public abstract record FileRequest : StreamRequest<FileCommand>
{
    public required Guid PersonId { get; init; }

    [JsonIgnore]
    public override Guid StreamId => FileIds.Of(PersonId);

    [JsonIgnore]
    public override Guid AccessSubject => PersonId;
}

public abstract class FileCommandHandler<TRequest>(CommandExecutor executor) : IRequestHandler<TRequest, CommandResult>
    where TRequest : FileRequest
{
    public Task<CommandResult> Handle(TRequest request, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(Aggregates.File, request, cancellationToken);
}
