using Migrationsverwaltung.EventStore.Appending;
using Migrationsverwaltung.EventStore.Reading;
using Npgsql;

namespace Migrationsverwaltung.EventStore;

/// <summary>
/// A unit of work on one connection and one transaction: it reads first (streams for writing, other rows),
/// then writes last: the events, the inline projections and any further rows (access log, outbox,
/// idempotency records) commit together. Disposing without commit rolls everything back.
/// </summary>
public sealed class EventSession : IAsyncDisposable
{
    private readonly EventStore _store;
    private readonly NpgsqlTransaction _transaction;
    private readonly EventMetadata _metadata;
    private readonly List<PendingAppend> _pending = [];
    private readonly List<Func<NpgsqlConnection, IReadOnlyList<StoredEvent>, CancellationToken, Task>> _afterAppend = [];
    private readonly List<StoredEvent> _appended = [];
    private bool _committed;

    internal EventSession(EventStore store, NpgsqlConnection connection, NpgsqlTransaction transaction, EventMetadata metadata)
    {
        _store = store;
        Connection = connection;
        _transaction = transaction;
        _metadata = metadata;
    }

    /// <summary>The session's connection, inside its transaction: read here before appending; write in <see cref="AfterAppend"/>.</summary>
    public NpgsqlConnection Connection { get; }

    /// <summary>Loads a stream's state to decide on it. Null when the stream does not exist.</summary>
    public Task<StreamState<TState>?> FetchForWritingAsync<TState>(Guid streamId, TState initial, Func<TState, object, TState> evolve, CancellationToken cancellationToken = default) =>
        FetchAsync(streamId, initial, evolve, exclusive: false, cancellationToken);

    /// <summary>As <see cref="FetchForWritingAsync{TState}"/>, holding the stream's lock until commit so no other exclusive writer interleaves.</summary>
    public Task<StreamState<TState>?> FetchForExclusiveWritingAsync<TState>(Guid streamId, TState initial, Func<TState, object, TState> evolve, CancellationToken cancellationToken = default) =>
        FetchAsync(streamId, initial, evolve, exclusive: true, cancellationToken);

    public void StartStream(Guid streamId, string? streamType, params object[] events) =>
        Enqueue(new PendingAppend(streamId, 0, streamType, Validated(events), ExplicitStart: true));

    /// <summary>Appends to a stream at the version the caller decided on (0 creates the stream).</summary>
    public void Append(Guid streamId, long expectedVersion, params object[] events) => AppendOrStart(streamId, expectedVersion, null, events);

    /// <summary>As <see cref="Append"/>; when expectedVersion is 0 the new stream gets the given type (mt_streams.type).</summary>
    public void AppendOrStart(Guid streamId, long expectedVersion, string? streamType, IReadOnlyList<object> events)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        Enqueue(new PendingAppend(streamId, expectedVersion, streamType, Validated([.. events]), ExplicitStart: false));
    }

    /// <summary>Further writes of the command, run after the events and inline projections, in the same transaction.</summary>
    public void AfterAppend(Func<NpgsqlConnection, IReadOnlyList<StoredEvent>, CancellationToken, Task> work) => _afterAppend.Add(work);

    /// <summary>Writes everything and commits; returns the appended events as stored.</summary>
    public async Task<IReadOnlyList<StoredEvent>> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken);
        await CommitAsync(cancellationToken);
        return _appended;
    }

    /// <summary>Writes the pending events, inline projections and after-append work without committing.</summary>
    public async Task<IReadOnlyList<StoredEvent>> FlushAsync(CancellationToken cancellationToken = default)
    {
        var written = await _store.Writer.WriteAsync(Connection, _pending, _metadata, cancellationToken);
        _pending.Clear();
        _appended.AddRange(written);
        foreach (var projection in _store.InlineProjections)
        {
            await projection.ApplyAsync(Connection, written, cancellationToken);
        }
        foreach (var work in _afterAppend)
        {
            await work(Connection, written, cancellationToken);
        }
        _afterAppend.Clear();
        return written;
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await _transaction.CommitAsync(cancellationToken);
        _committed = true;
        if (_appended.Count > 0)
        {
            _store.Signal.Notify();
        }
    }

    /// <summary>Rolls back what was not committed (disposing an open Npgsql transaction does) and returns the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _transaction.DisposeAsync();
        }
        catch (NpgsqlException)
        {
            // The connection broke; the server has rolled the transaction back itself.
        }
        await Connection.DisposeAsync();
    }

    private async Task<StreamState<TState>?> FetchAsync<TState>(Guid streamId, TState initial, Func<TState, object, TState> evolve, bool exclusive, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(Connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_current_xact_id_if_assigned() IS NOT NULL"));
        if (exclusive)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                $"SELECT set_config('lock_timeout', '{(int)_store.Options.ExclusiveLockTimeout.TotalMilliseconds}ms', true)"));
            var lockCommand = new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(hashtextextended($1::text, 7001))");
            lockCommand.Parameters.Add(new NpgsqlParameter { Value = streamId.ToString() });
            batch.BatchCommands.Add(lockCommand);
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SET LOCAL lock_timeout TO DEFAULT"));
        }
        batch.BatchCommands.Add(StreamQueries.ReadStream(_store.Options, streamId, ReadOptions.All with { IncludeArchived = true }));
        try
        {
            return await ReadForWritingAsync(batch, streamId, initial, evolve, cancellationToken);
        }
        catch (PostgresException exception) when (AppendFailures.IsLockTimeout(exception))
        {
            throw new StreamLockTimeoutException(streamId, _store.Options.ExclusiveLockTimeout, exception);
        }
    }

    private async Task<StreamState<TState>?> ReadForWritingAsync<TState>(NpgsqlBatch batch, Guid streamId, TState initial, Func<TState, object, TState> evolve, CancellationToken cancellationToken)
    {
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (reader.GetBoolean(0))
        {
            throw new TransactionAlreadyWroteException(streamId);
        }
        // Skip the lock statements' results up to the stream's rows.
        while (await reader.NextResultAsync(cancellationToken) && reader.FieldCount < EventRows.ColumnCount)
        {
        }
        var events = await EventRows.ReadAllAsync(reader, _store.Registry, cancellationToken);
        if (events.Count == 0)
        {
            return null;
        }
        if (events[0].IsArchived)
        {
            throw new StreamArchivedException(streamId);
        }
        return new StreamState<TState>(streamId, events[^1].Version, events.Aggregate(initial, (state, e) => evolve(state, e.Data)));
    }

    private void Enqueue(PendingAppend append)
    {
        if (_committed)
        {
            throw new InvalidOperationException("The session has been committed; open a new one.");
        }
        _pending.Add(append);
    }

    private static object[] Validated(object[] events)
    {
        if (events.Length == 0)
        {
            throw new ArgumentException("An append needs at least one event.", nameof(events));
        }
        if (events.Any(e => e is null))
        {
            throw new ArgumentException("Events must not be null.", nameof(events));
        }
        return events;
    }
}
