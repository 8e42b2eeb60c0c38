namespace Migrationsverwaltung.Api.Infrastructure.EventSourcing;

/// <summary>
/// Set once the store's schema and the application's tables are migrated and the cluster identity verified;
/// /health/ready and the background jobs that use those tables wait for it.
/// </summary>
public sealed class EventStoreReadiness
{
    private volatile string? _problem = "The event store is starting.";
    private readonly TaskCompletionSource _migrated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _problem is null;
    public string? Problem => _problem;

    /// <summary>Completes when the tables exist (the first time the store became ready); a later outage does not reset it.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _migrated.Task.WaitAsync(cancellationToken);

    internal void Ready()
    {
        _problem = null;
        _migrated.TrySetResult();
    }

    internal void NotReady(string problem) => _problem = problem;
}
