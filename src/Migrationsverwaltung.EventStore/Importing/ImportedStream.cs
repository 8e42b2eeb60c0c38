namespace Migrationsverwaltung.EventStore.Importing;

/// <summary>A new stream for <see cref="EventStore.BulkImportAsync"/>: its id, its type (mt_streams.type) and its events, oldest first.</summary>
public sealed record ImportedStream(Guid Id, string? Type, IReadOnlyList<ImportedEvent> Events);

/// <summary>
/// One event of an imported stream, with the time it happened (stored as mt_events.timestamp, where an append stores
/// its transaction's start) and who caused it. Imports of history (migrations, synthetic data) keep their own times.
/// </summary>
public sealed record ImportedEvent(object Data, DateTimeOffset Timestamp, EventMetadata? Metadata = null);

/// <summary>What one import wrote.</summary>
public sealed record BulkImportResult(int Streams, int Events, int PersonalRows, long TransactionId, long FirstSeqId, long LastSeqId)
{
    /// <summary>The async projections that were applied in the import's transaction, their checkpoints moved past it.</summary>
    public IReadOnlyList<string> AppliedAsyncProjections { get; init; } = [];
}

/// <summary>
/// How to import. <see cref="AsyncProjections"/>: async projections to apply in the import's transaction when that
/// gives exactly what the daemon would build (docs/event-store-bulk-import.md); the others are left to the daemon.
/// </summary>
public sealed record BulkImportOptions
{
    public static BulkImportOptions Default { get; } = new();

    public IReadOnlyList<Projections.IProjection> AsyncProjections { get; init; } = [];

    /// <summary>
    /// How long the import waits for transactions older than its own to end before it leaves the async projections
    /// to the daemon. Such transactions are usually short writes anywhere in the cluster (transaction ids are
    /// cluster-wide); a long one only costs the daemon's work, never correctness.
    /// </summary>
    public TimeSpan OlderTransactionsWait { get; init; } = TimeSpan.FromSeconds(2);
}
