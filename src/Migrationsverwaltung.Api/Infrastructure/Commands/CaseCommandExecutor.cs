using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.EventStore;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>
/// The one way a case command runs: load the case for writing, check the version the caller saw and the team,
/// decide (pure), append at that version, record the command id, commit. A conflict reaches the caller; nothing
/// is retried silently, because a retry could overwrite a decision made in between.
/// </summary>
public sealed class CaseCommandExecutor(Store store, CurrentActor current, TimeProvider clock)
{
    public const string StreamType = "case";

    public Task<CommandResult> ExecuteAsync(CaseRequest request, CancellationToken cancellationToken) =>
        ExecuteAsync(request, (context, _, _, _) => Task.FromResult(new Prepared(request.ToDomain(context))), cancellationToken);

    /// <summary>For use cases that read or allocate more (catalogue, file number) after the case is loaded and before deciding.</summary>
    public async Task<CommandResult> ExecuteAsync(CaseRequest request, Func<CommandContext, Case, EventSession, CancellationToken, Task<Prepared>> prepare, CancellationToken cancellationToken)
    {
        var metadata = EventContext.Current with { Headers = Headers(request) };
        await using var session = await store.OpenSessionAsync(metadata, cancellationToken);
        var loaded = await session.FetchForWritingAsync(request.CaseId, Case.Initial, (state, e) => CaseEvolution.Evolve(state, (CaseEvent)e), cancellationToken);
        var (state, version) = (loaded?.State ?? Case.Initial, loaded?.Version ?? 0);
        if (version != request.ExpectedVersion)
        {
            throw new ConcurrencyException(request.CaseId, request.ExpectedVersion, version);
        }
        EnsureSameTeam(state.Status == CaseStatus.None ? null : state.TeamId);
        var context = new CommandContext(current.Actor, clock.GetUtcNow(), request.Reason);
        var prepared = await prepare(context, state, session, cancellationToken);
        var events = CaseDecider.Decide(prepared.Command, state);
        var result = new CommandResult(request.CaseId, version + events.Count, events.Select(e => store.Registry.AliasFor(e.GetType())).ToList(), prepared.Extra);
        if (events.Count > 0)
        {
            session.AppendOrStart(request.CaseId, version, StreamType, events);
        }
        if (request.CommandId is { } commandId)
        {
            var hash = IdempotencyStore.HashOf(request);
            session.AfterAppend((connection, _, ct) => IdempotencyStore.RecordAsync(connection, commandId, hash, result, ct));
        }
        await session.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>Caseworkers and team leads act on their own team's cases only.</summary>
    public void EnsureSameTeam(Guid? teamId)
    {
        var actor = current.Actor;
        if (teamId is { } team && actor.Role is Role.Sachbearbeitung or Role.Teamleitung && actor.TeamId != team)
        {
            throw new ForbiddenException("Das Verfahren gehört zu einem anderen Team.");
        }
    }

    private static Dictionary<string, string> Headers(CaseRequest request)
    {
        var headers = new Dictionary<string, string>(EventContext.Current.Headers) { ["command"] = CommandName.Of(request) };
        if (!string.IsNullOrWhiteSpace(request.Reason))
        {
            headers["reason"] = request.Reason.Trim();
        }
        return headers;
    }
}

public sealed record Prepared(CaseCommand Command, IReadOnlyDictionary<string, string>? Extra = null);
