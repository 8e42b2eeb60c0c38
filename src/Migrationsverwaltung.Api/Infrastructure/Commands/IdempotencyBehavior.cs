using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.EventStore;
using Npgsql;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>
/// A command with a known command id returns its first result and appends nothing; the same id with another
/// request is refused. Two copies racing each other: one commits, the other fails on the version or on the
/// id's key, finds the first result and returns it.
/// </summary>
public sealed class IdempotencyBehavior<TRequest, TResponse>(IdempotencyStore store) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommandRequest { CommandId: { } commandId })
        {
            return await next();
        }
        var hash = IdempotencyStore.HashOf(request);
        if (await store.FindAsync(commandId, hash, cancellationToken) is { } first)
        {
            return (TResponse)(object)first;
        }
        try
        {
            return await next();
        }
        catch (Exception error) when (error is ConcurrencyException or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            if (await store.FindAsync(commandId, hash, cancellationToken) is { } winner)
            {
                return (TResponse)(object)winner;
            }
            throw;
        }
    }
}
