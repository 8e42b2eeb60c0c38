using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.EventStore;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

public sealed record Prepared<TCommand>(TCommand Command, IReadOnlyDictionary<string, string>? Extra = null);

/// <summary>
/// The one way a command runs: load the stream for writing, check the version the caller saw and the team,
/// decide (pure), append at that version, record the command id, commit. A conflict reaches the caller; nothing
/// is retried silently, because a retry could overwrite a decision made in between.
/// </summary>
public sealed class CommandExecutor(Store store, CurrentActor current, TimeProvider clock)
{
    public Task<CommandResult> ExecuteAsync<TCommand, TState, TEvent>(AggregateKind<TCommand, TState, TEvent> kind, StreamRequest<TCommand> request, CancellationToken cancellationToken)
        where TEvent : notnull =>
        ExecuteAsync(kind, request, (context, _, _, _) => Task.FromResult(new Prepared<TCommand>(request.ToDomain(context))), cancellationToken);

    /// <summary>For use cases that read or allocate more (catalogue, file number) after the stream is loaded and before deciding.</summary>
    public async Task<CommandResult> ExecuteAsync<TCommand, TState, TEvent>(
        AggregateKind<TCommand, TState, TEvent> kind, StreamRequest<TCommand> request,
        Func<CommandContext, TState, EventSession, CancellationToken, Task<Prepared<TCommand>>> prepare, CancellationToken cancellationToken)
        where TEvent : notnull
    {
        var metadata = EventContext.Current with { Headers = Headers(request) };
        await using var session = await store.OpenSessionAsync(metadata, cancellationToken);
        var loaded = await session.FetchForWritingAsync(request.StreamId, kind.Initial, (state, e) => kind.Evolve(state, (TEvent)e), cancellationToken);
        var (state, version) = (loaded is null ? kind.Initial : loaded.State, loaded?.Version ?? 0);
        if (loaded is null && request.ExpectedVersion > 0 && !request.AnyVersion)
        {
            throw new StreamNotFoundException(request.StreamId); // a change to something that does not exist: 404, not a conflict
        }
        if (!request.AnyVersion && version != request.ExpectedVersion)
        {
            throw new ConcurrencyException(request.StreamId, request.ExpectedVersion, version);
        }
        EnsureSameTeam(kind.TeamOf(state));
        var context = new CommandContext(current.Actor, clock.GetUtcNow(), request.Reason);
        var prepared = await prepare(context, state, session, cancellationToken);
        var events = kind.Decide(prepared.Command, state);
        var result = new CommandResult(request.StreamId, version + events.Count, events.Select(e => store.Registry.AliasFor(e.GetType())).ToList(), prepared.Extra);
        if (events.Count > 0)
        {
            session.AppendOrStart(request.StreamId, version, kind.StreamType, events.Cast<object>().ToList());
        }
        // Working on a stream reads its data: recorded for auditors, after the append, in the same transaction.
        session.AfterAppend((connection, _, ct) => AccessLog.AccessLogWriter.RecordAsync(connection, current, CommandName.Of(request), [request.AccessSubject], ct));
        if (request.CommandId is { } commandId)
        {
            var hash = IdempotencyStore.HashOf(request);
            session.AfterAppend((connection, _, ct) => IdempotencyStore.RecordAsync(connection, commandId, hash, result, ct));
        }
        await session.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>Caseworkers and team leads act on their own team's streams only.</summary>
    public void EnsureSameTeam(Guid? teamId)
    {
        var actor = current.Actor;
        if (teamId is { } team && actor.Role is Role.Sachbearbeitung or Role.Teamleitung && actor.TeamId != team)
        {
            throw new ForbiddenException("Das Verfahren gehört zu einem anderen Team.");
        }
    }

    private static Dictionary<string, string> Headers(ICommandRequest request)
    {
        var headers = new Dictionary<string, string>(EventContext.Current.Headers) { ["command"] = CommandName.Of(request) };
        if (!string.IsNullOrWhiteSpace(request.Reason))
        {
            headers["reason"] = request.Reason.Trim();
        }
        return headers;
    }
}
