using MediatR;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>The handler of a plain case use case: everything happens in <see cref="CommandExecutor"/>.</summary>
public abstract class CaseCommandHandler<TRequest>(CommandExecutor executor) : IRequestHandler<TRequest, CommandResult>
    where TRequest : CaseRequest
{
    public Task<CommandResult> Handle(TRequest request, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(Aggregates.Case, request, cancellationToken);
}
