using System.Diagnostics;
using MediatR;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>
/// One log line per command or query: which use case, which stream, which user, outcome, duration. Never the
/// request's content: it may hold personal data.
/// </summary>
public sealed class LoggingBehavior<TRequest, TResponse>(CurrentActor current, ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = CommandName.Of(request!);
        var streamId = request is ICommandRequest command ? command.StreamId : (Guid?)null;
        var user = current.IsKnown ? current.Actor.UserId : "anonymous";
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            logger.LogInformation("{UseCase} on {StreamId} by {UserId}: {Outcome} in {ElapsedMs:0.0} ms",
                name, streamId, user, response is CommandResult r ? $"{r.Events.Count} event(s), version {r.Version}" : "ok",
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception error)
        {
            logger.LogWarning("{UseCase} on {StreamId} by {UserId}: refused ({Error}) in {ElapsedMs:0.0} ms",
                name, streamId, user, error.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
