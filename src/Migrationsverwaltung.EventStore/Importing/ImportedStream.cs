namespace Migrationsverwaltung.EventStore.Importing;

/// <summary>A new stream for <see cref="EventStore.BulkImportAsync"/>: its id, its type (mt_streams.type) and its events, oldest first.</summary>
public sealed record ImportedStream(Guid Id, string? Type, IReadOnlyList<ImportedEvent> Events);

/// <summary>
/// One event of an imported stream, with the time it happened (stored as mt_events.timestamp, where an append stores
/// its transaction's start) and who caused it. Imports of history (migrations, synthetic data) keep their own times.
/// </summary>
public sealed record ImportedEvent(object Data, DateTimeOffset Timestamp, EventMetadata? Metadata = null);

/// <summary>What one import wrote.</summary>
public sealed record BulkImportResult(int Streams, int Events, int PersonalRows, long TransactionId, long FirstSeqId, long LastSeqId);
