using Migrationsverwaltung.EventStore.Appending;
using Migrationsverwaltung.EventStore.Projections;
using Migrationsverwaltung.EventStore.Reading;
using Migrationsverwaltung.EventStore.Schema;
using Migrationsverwaltung.EventStore.Serialization;
using Npgsql;

namespace Migrationsverwaltung.EventStore;

/// <summary>
/// The event store: Marten's table layout on plain Npgsql. Appends are optimistic (expected version) or
/// exclusive (stream lock), reads fold streams into state as of a version or a time, inline projections
/// commit with the events, async projections run in <see cref="Daemon.ProjectionDaemon"/>.
/// </summary>
public sealed partial class EventStore
{
    private readonly ClusterIdentity _identity;

    public EventStore(NpgsqlDataSource dataSource, EventTypeRegistry registry, EventStoreOptions? options = null, IEnumerable<IProjection>? inlineProjections = null)
    {
        Options = options ?? new EventStoreOptions();
        Options.Validate();
        DataSource = dataSource;
        Registry = registry;
        InlineProjections = inlineProjections?.ToList() ?? [];
        Writer = new EventWriter(dataSource, Options, registry);
        _identity = new ClusterIdentity(dataSource, Options);
    }

    public NpgsqlDataSource DataSource { get; }
    public EventTypeRegistry Registry { get; }
    public EventStoreOptions Options { get; }
    public IReadOnlyList<IProjection> InlineProjections { get; }
    public AppendSignal Signal { get; } = new();
    internal EventWriter Writer { get; }
    internal ClusterIdentity Identity => _identity;

    /// <summary>Migrates the schema, creates the inline projections' tables and checks the cluster identity.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await new SchemaMigrator(DataSource, Options).MigrateAsync(cancellationToken);
        await using (var connection = await DataSource.OpenConnectionAsync(cancellationToken))
        {
            foreach (var projection in InlineProjections)
            {
                await projection.EnsureSchemaAsync(connection, cancellationToken);
            }
        }
        await _identity.VerifyAsync(cancellationToken);
    }

    /// <summary>
    /// After a logical restore into another cluster: adopt the current cluster so appends and projections run
    /// again, keeping every stored order and checkpoint valid. Run with all app instances stopped.
    /// </summary>
    public Task RebaseToCurrentClusterAsync(CancellationToken cancellationToken = default) => _identity.RebaseAsync(cancellationToken);

    public async Task<EventSession> OpenSessionAsync(EventMetadata? metadata = null, CancellationToken cancellationToken = default)
    {
        await _identity.EnsureVerifiedAsync(cancellationToken);
        var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken);
            return new EventSession(this, connection, transaction, metadata ?? EventContext.Current);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task<IReadOnlyList<StoredEvent>> StartStreamAsync(Guid streamId, string? streamType, object[] events, CancellationToken cancellationToken = default) =>
        AppendOneAsync(new PendingAppend(streamId, 0, streamType, events, ExplicitStart: true), cancellationToken);

    /// <summary>Appends at the expected version (0 creates the stream) as its own unit of work.</summary>
    public Task<IReadOnlyList<StoredEvent>> AppendAsync(Guid streamId, long expectedVersion, object[] events, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        return AppendOneAsync(new PendingAppend(streamId, expectedVersion, null, events, ExplicitStart: false), cancellationToken);
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(Guid streamId, ReadOptions? read = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { StreamQueries.ReadStream(Options, streamId, read ?? ReadOptions.All) } };
        await batch.PrepareAsync(cancellationToken);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return await EventRows.ReadAllAsync(reader, Registry, cancellationToken);
    }

    /// <summary>Folds a stream with an Evolve function; null when the stream has no (visible) events in range.</summary>
    public async Task<StreamState<TState>?> AggregateStreamAsync<TState>(Guid streamId, TState initial, Func<TState, object, TState> evolve, ReadOptions? read = null, CancellationToken cancellationToken = default)
    {
        var events = await ReadStreamAsync(streamId, read, cancellationToken);
        return events.Count == 0
            ? null
            : new StreamState<TState>(streamId, events[^1].Version, events.Aggregate(initial, (state, e) => evolve(state, e.Data)));
    }

    /// <summary>Hides a stream from normal reads and projections; it stays readable for audit.</summary>
    public async Task ArchiveStreamAsync(Guid streamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        var archiveStream = new NpgsqlBatchCommand($"UPDATE {Options.Qualified("mt_streams")} SET is_archived = true WHERE id = $1");
        archiveStream.Parameters.Add(new NpgsqlParameter { Value = streamId });
        var archiveEvents = new NpgsqlBatchCommand($"UPDATE {Options.Qualified("mt_events")} SET is_archived = true WHERE stream_id = $1 AND NOT is_archived");
        archiveEvents.Parameters.Add(new NpgsqlParameter { Value = streamId });
        batch.BatchCommands.Add(archiveStream);
        batch.BatchCommands.Add(archiveEvents);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        if (archiveStream.RecordsAffected == 0)
        {
            throw new StreamNotFoundException(streamId);
        }
    }

    private async Task<IReadOnlyList<StoredEvent>> AppendOneAsync(PendingAppend append, CancellationToken cancellationToken)
    {
        if (InlineProjections.Count > 0)
        {
            await using var session = await OpenSessionAsync(cancellationToken: cancellationToken);
            if (append.ExplicitStart)
            {
                session.StartStream(append.StreamId, append.StreamType, [.. append.Events]);
            }
            else
            {
                session.Append(append.StreamId, append.ExpectedVersion, [.. append.Events]);
            }
            return await session.SaveChangesAsync(cancellationToken);
        }
        // One statement, no explicit transaction: a single round trip that commits or leaves nothing.
        await _identity.EnsureVerifiedAsync(cancellationToken);
        if (append.Events.Count == 0 || append.Events.Any(e => e is null))
        {
            throw new ArgumentException("An append needs at least one event and no null events.", nameof(append));
        }
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        var written = await Writer.WriteAsync(connection, [append], EventContext.Current, cancellationToken);
        Signal.Notify();
        return written;
    }
}
