namespace Migrationsverwaltung.EventStore;

/// <summary>Base of every error the store raises on purpose; the API maps these to ProblemDetails.</summary>
public abstract class EventStoreException(string message, Exception? inner = null) : Exception(message, inner);

public sealed class StreamAlreadyExistsException(Guid streamId)
    : EventStoreException($"Stream {streamId} already exists.")
{
    public Guid StreamId { get; } = streamId;
}

public sealed class StreamNotFoundException(Guid streamId)
    : EventStoreException($"Stream {streamId} does not exist.")
{
    public Guid StreamId { get; } = streamId;
}

public sealed class ConcurrencyException(Guid streamId, long expectedVersion, long actualVersion)
    : EventStoreException($"Stream {streamId} was expected at version {expectedVersion} but is at version {actualVersion}.")
{
    public Guid StreamId { get; } = streamId;
    public long ExpectedVersion { get; } = expectedVersion;
    public long ActualVersion { get; } = actualVersion;
}

public sealed class StreamArchivedException(Guid streamId)
    : EventStoreException($"Stream {streamId} is archived; archived streams accept no new events.")
{
    public Guid StreamId { get; } = streamId;
}

public sealed class StreamLockTimeoutException(Guid streamId, TimeSpan timeout, Exception inner)
    : EventStoreException($"Stream {streamId} is locked by another writer; gave up after {timeout.TotalMilliseconds:0} ms.", inner)
{
    public Guid StreamId { get; } = streamId;
}

public sealed class UnknownEventTypeException(string alias, long? seqId = null)
    : EventStoreException(seqId is null
        ? $"Event type alias '{alias}' is not registered."
        : $"Event {seqId} has the type alias '{alias}', which is not registered (add it or an upcaster to the event type registry).")
{
    public string Alias { get; } = alias;
}

public sealed class UnregisteredEventException(Type type)
    : EventStoreException($"Event type {type.FullName} has no alias in the event type registry.");

public sealed class EventDeserializationException(long seqId, string alias, Exception inner)
    : EventStoreException($"Event {seqId} ('{alias}') could not be read: {inner.Message}", inner)
{
    public long SeqId { get; } = seqId;
    public string Alias { get; } = alias;
}

/// <summary>
/// Loading a stream for writing inside a transaction that already holds a transaction id could let its events
/// reach the projections out of version order (see docs/adr/0002). Read first, write last.
/// </summary>
public sealed class TransactionAlreadyWroteException(Guid streamId)
    : EventStoreException($"Stream {streamId} cannot be loaded for writing: this transaction has already written. A unit of work reads first and writes last.");

/// <summary>The database was restored from a logical dump or moved to another cluster; transaction ids restarted.</summary>
public sealed class ClusterIdentityMismatchException(long stored, long actual)
    : EventStoreException($"The event store was written on PostgreSQL cluster {stored} but runs on cluster {actual} (restored or moved?). " +
                          "Transaction ids are not comparable across clusters; an operator must re-base the store ('mvw events rebase') before it appends or projects.")
{
    public long Stored { get; } = stored;
    public long Actual { get; } = actual;
}
