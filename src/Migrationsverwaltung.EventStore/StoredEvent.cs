namespace Migrationsverwaltung.EventStore;

/// <summary>
/// An event as stored, with its position and metadata. Timestamp is the writing transaction's start.
/// PersonalDataErased: the event had personal data, which was erased since; its personal properties read as null.
/// </summary>
public sealed record StoredEvent(
    long SeqId,
    Guid Id,
    Guid StreamId,
    long Version,
    string Type,
    object Data,
    DateTimeOffset Timestamp,
    string TenantId,
    string? CorrelationId,
    string? CausationId,
    string? UserName,
    IReadOnlyDictionary<string, string> Headers,
    long TransactionId,
    bool IsArchived,
    bool PersonalDataErased = false);

/// <summary>The state of a stream folded from its events, with the version it reflects.</summary>
public sealed record StreamState<TState>(Guid StreamId, long Version, TState State);

/// <summary>Which part of a stream to read: all, up to a version, or up to a point in time.</summary>
public sealed record ReadOptions
{
    public long? ToVersion { get; init; }
    public DateTimeOffset? ToTimestamp { get; init; }

    /// <summary>Archived streams are hidden from normal reads; auditors read them with this set.</summary>
    public bool IncludeArchived { get; init; }

    public static ReadOptions All { get; } = new();
}
