using Npgsql;

namespace Migrationsverwaltung.EventStore.Projections;

/// <summary>
/// A read model built from events. Inline projections run in the append's transaction (read-your-writes);
/// async projections run in the daemon, batch by batch, their writes and checkpoint in one transaction.
/// Apply gets events in the order they must be applied and writes through the given connection only.
/// </summary>
public interface IProjection
{
    /// <summary>Stable name: the checkpoint's key. Changing it rebuilds the projection from zero.</summary>
    string Name { get; }

    /// <summary>Creates the projection's tables if missing; runs at start-up, idempotent.</summary>
    Task EnsureSchemaAsync(NpgsqlConnection connection, CancellationToken cancellationToken);

    Task ApplyAsync(NpgsqlConnection connection, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken);

    /// <summary>Removes everything the projection wrote, for a rebuild from zero.</summary>
    Task ResetAsync(NpgsqlConnection connection, CancellationToken cancellationToken);
}
