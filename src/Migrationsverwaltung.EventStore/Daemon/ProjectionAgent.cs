using Migrationsverwaltung.EventStore.Projections;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Migrationsverwaltung.EventStore.Daemon;

/// <summary>
/// Runs one async projection in this instance when it holds the projection's leader lock: a session-level
/// advisory lock on a dedicated connection, which also carries every batch, so a leader that dies or is cut off
/// takes its lock and its in-flight batch with it. The checkpoint is moved compare-and-set in the batch's
/// transaction, so no batch ever commits over another leader's progress.
/// </summary>
internal sealed class ProjectionAgent(EventStore store, IProjection projection, DaemonOptions options, string leaderConnectionString, ILogger logger)
{
    private readonly Checkpoints _checkpoints = new(store.Options);
    private readonly DeadLetters _deadLetters = new(store.Options);
    private Position _position;

    public string Name => projection.Name;
    public bool IsLeader { get; private set; }
    public string? LastError { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(leaderConnectionString);
                await connection.OpenAsync(cancellationToken);
                while (!await TryTakeLeadAsync(connection, cancellationToken))
                {
                    await Task.Delay(options.LeaderPollInterval, cancellationToken);
                }
                await LeadAsync(connection, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                LastError = $"{error.GetType().Name}: {error.Message}";
                logger.LogWarning(error, "Projection {Projection} lost its leader connection or failed; retrying", projection.Name);
                await Task.Delay(options.LeaderPollInterval, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            finally
            {
                IsLeader = false;
            }
        }
    }

    private async Task<bool> TryTakeLeadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtextextended($1, 0))", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = LockName });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private string LockName => LockNameOf(store.Options, projection.Name);

    /// <summary>The leader lock's name; a bulk import that applies the projection takes it for its transaction.</summary>
    internal static string LockNameOf(EventStoreOptions options, string projection) => $"mvw-projection:{options.Schema}:{projection}";

    private async Task LeadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await store.Identity.VerifyAsync(cancellationToken);
        await projection.EnsureSchemaAsync(connection, cancellationToken);
        await _checkpoints.EnsureAsync(connection, projection.Name, cancellationToken);
        _position = (await _checkpoints.ReadAsync(connection, projection.Name, cancellationToken)).Position;
        IsLeader = true;
        LastError = null;
        logger.LogInformation("Projection {Projection} is led by this instance from {Position}", projection.Name, _position);
        var idle = options.MinPollInterval;
        while (!cancellationToken.IsCancellationRequested)
        {
            var row = await _checkpoints.ReadAsync(connection, projection.Name, cancellationToken);
            if (row.Position != _position)
            {
                throw new LostLeadershipException(projection.Name);
            }
            if (row.RebuildRequestedAt is not null)
            {
                await ResetAsync(connection, cancellationToken);
                continue;
            }
            var processed = row.StoppedReason is null ? await ProcessNextPageAsync(connection, cancellationToken) : 0;
            if (processed < options.BatchSize)
            {
                await store.Signal.WaitAsync(processed == 0 ? idle : TimeSpan.Zero, cancellationToken);
                idle = processed == 0 ? TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, options.MaxPollInterval.Ticks)) : options.MinPollInterval;
            }
        }
    }

    private async Task<int> ProcessNextPageAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        List<PagedEvent> page;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            page = await EventPage.ReadAsync(connection, store.Options, store.Registry, _position, options.BatchSize, cancellationToken);
            if (page.Count == 0)
            {
                return 0;
            }
            if (page.TrueForAll(e => e.Event is not null))
            {
                try
                {
                    await projection.ApplyAsync(connection, page.ConvertAll(e => e.Event!), cancellationToken);
                    await _checkpoints.AdvanceAsync(connection, projection.Name, _position, page[^1].Position, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    _position = page[^1].Position;
                    return page.Count;
                }
                catch (Exception error) when (IsEventFailure(error, connection))
                {
                    logger.LogWarning("Projection {Projection} failed on a batch of {Count} events ({Error}); applying them one by one",
                        projection.Name, page.Count, error.GetType().Name);
                }
            }
        }
        await ApplyOneByOneAsync(connection, page, cancellationToken);
        return page.Count;
    }

    private async Task ApplyOneByOneAsync(NpgsqlConnection connection, List<PagedEvent> page, CancellationToken cancellationToken)
    {
        foreach (var paged in page)
        {
            var (error, attempts) = await TryApplyAsync(connection, paged, cancellationToken);
            if (error is null)
            {
                continue;
            }
            if (options.OnFailure == ProjectionFailurePolicy.Stop)
            {
                var reason = $"Event {paged.Position.SeqId} ('{paged.Type}') failed {attempts} time(s): {error.Message}";
                await _checkpoints.StopAsync(connection, projection.Name, reason, cancellationToken);
                logger.LogError("Projection {Projection} stopped at event {SeqId} ({EventType})", projection.Name, paged.Position.SeqId, paged.Type);
                return;
            }
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await _deadLetters.ParkAsync(connection, projection.Name, paged, error, attempts, cancellationToken);
            await _checkpoints.AdvanceAsync(connection, projection.Name, _position, paged.Position, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _position = paged.Position;
            logger.LogError("Projection {Projection} parked event {SeqId} ({EventType}) as a dead letter after {Attempts} attempt(s)",
                projection.Name, paged.Position.SeqId, paged.Type, attempts);
        }
    }

    private async Task<(Exception? Error, int Attempts)> TryApplyAsync(NpgsqlConnection connection, PagedEvent paged, CancellationToken cancellationToken)
    {
        if (paged.Event is null)
        {
            return (paged.ReadError, 1); // unreadable data does not heal by retrying
        }
        Exception? last = null;
        for (var attempt = 1; attempt <= options.MaxAttemptsPerEvent; attempt++)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                await projection.ApplyAsync(connection, [paged.Event], cancellationToken);
                await _checkpoints.AdvanceAsync(connection, projection.Name, _position, paged.Position, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                _position = paged.Position;
                return (null, attempt);
            }
            catch (Exception error) when (IsEventFailure(error, connection))
            {
                last = error;
            }
            await transaction.RollbackAsync(cancellationToken);
            if (attempt < options.MaxAttemptsPerEvent)
            {
                await Task.Delay(options.RetryDelay * attempt, cancellationToken);
            }
        }
        return (last, options.MaxAttemptsPerEvent);
    }

    private async Task ResetAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await projection.ResetAsync(connection, cancellationToken);
        await _deadLetters.ClearAsync(connection, projection.Name, cancellationToken);
        await _checkpoints.AdvanceAsync(connection, projection.Name, _position, Position.Start, cancellationToken, clearRebuild: true);
        await transaction.CommitAsync(cancellationToken);
        _position = Position.Start;
        logger.LogInformation("Projection {Projection} was reset and rebuilds from the first event", projection.Name);
    }

    /// <summary>The projection (or its data) failed, not our connection or our leadership: worth a retry or a dead letter.</summary>
    private static bool IsEventFailure(Exception error, NpgsqlConnection connection) =>
        error is not (OperationCanceledException or LostLeadershipException)
        && connection.FullState == System.Data.ConnectionState.Open;
}
