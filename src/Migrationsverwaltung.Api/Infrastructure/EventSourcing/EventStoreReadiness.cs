namespace Migrationsverwaltung.Api.Infrastructure.EventSourcing;

/// <summary>Set once the store's schema is migrated and its cluster identity verified; /health/ready waits for it.</summary>
public sealed class EventStoreReadiness
{
    private volatile string? _problem = "The event store is starting.";

    public bool IsReady => _problem is null;
    public string? Problem => _problem;

    internal void Ready() => _problem = null;
    internal void NotReady(string problem) => _problem = problem;
}
