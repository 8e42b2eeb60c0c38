using MediatR;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>The handler of a plain case use case: everything happens in <see cref="CaseCommandExecutor"/>.</summary>
public abstract class CaseCommandHandler<TRequest>(CaseCommandExecutor executor) : IRequestHandler<TRequest, CommandResult>
    where TRequest : CaseRequest
{
    public Task<CommandResult> Handle(TRequest request, CancellationToken cancellationToken) => executor.ExecuteAsync(request, cancellationToken);
}
