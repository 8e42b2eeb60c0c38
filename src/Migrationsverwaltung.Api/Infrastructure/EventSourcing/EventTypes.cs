using Migrationsverwaltung.EventStore.Serialization;

namespace Migrationsverwaltung.Api.Infrastructure.EventSourcing;

/// <summary>
/// The one place where event types get their stored aliases. The case and person aggregates register
/// theirs here when they arrive; an alias, once published, never changes (docs/adr/0005).
/// </summary>
public static class EventTypes
{
    public static EventTypeRegistry CreateRegistry() => new();
}
