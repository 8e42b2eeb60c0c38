namespace Migrationsverwaltung.EventStore;

/// <summary>Who caused the events of a unit of work and why; written on every event.</summary>
public sealed record EventMetadata
{
    public string? UserName { get; init; }
    public string? CorrelationId { get; init; }
    public string? CausationId { get; init; }

    /// <summary>Free headers, e.g. "reason" (the why an auditor reads) or "command".</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static EventMetadata Empty { get; } = new();
}

/// <summary>
/// The ambient metadata of the current logical operation (an HTTP request, a job run). The API sets it once
/// per request; every session opened below it stamps its events with it unless given explicit metadata.
/// </summary>
public static class EventContext
{
    private static readonly AsyncLocal<EventMetadata?> CurrentMetadata = new();

    public static EventMetadata Current => CurrentMetadata.Value ?? EventMetadata.Empty;

    /// <summary>Sets the metadata until the returned scope is disposed.</summary>
    public static IDisposable Use(EventMetadata metadata)
    {
        var previous = CurrentMetadata.Value;
        CurrentMetadata.Value = metadata;
        return new Restore(previous);
    }

    private sealed class Restore(EventMetadata? previous) : IDisposable
    {
        public void Dispose() => CurrentMetadata.Value = previous;
    }
}
