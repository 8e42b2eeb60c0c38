using System.Threading.Channels;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Npgsql;

namespace Migrationsverwaltung.Api.Status;

/// <summary>One public lookup as auditors see it: when, from which network, whether a state was shown. Never the token.</summary>
public sealed record StatusLookupRecord(DateTimeOffset At, string ClientNetwork, bool Found);

/// <summary>
/// Writes lookups to the append-only table app.status_lookups in batches (100 rows or one second, whichever
/// comes first), so a lookup never waits for the write. A failed write is retried with the same rows; on
/// shutdown what is queued is written before the host stops.
/// </summary>
public sealed class StatusLookupLog(NpgsqlDataSource dataSource, ILogger<StatusLookupLog> logger) : IHostedService
{
    public const string Schema = $"""
        CREATE TABLE IF NOT EXISTS {AppSchema.Name}.status_lookups (
            id bigserial PRIMARY KEY,
            looked_up_at timestamptz NOT NULL,
            client_network text NOT NULL,
            found boolean NOT NULL);
        CREATE INDEX IF NOT EXISTS status_lookups_at ON {AppSchema.Name}.status_lookups (looked_up_at);
        CREATE OR REPLACE FUNCTION {AppSchema.Name}.status_lookups_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'status_lookups is append-only';
        END $$;
        CREATE OR REPLACE TRIGGER status_lookups_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {AppSchema.Name}.status_lookups
            FOR EACH STATEMENT EXECUTE FUNCTION {AppSchema.Name}.status_lookups_is_append_only();
        """;

    private const int MaxBatch = 100;
    private static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    // Bounded: if the database stalls for long, lookups wait instead of the queue eating the memory.
    private readonly Channel<StatusLookupRecord> _queue = Channel.CreateBounded<StatusLookupRecord>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly CancellationTokenSource _abort = new();
    private Task _writing = Task.CompletedTask;

    public ValueTask RecordAsync(StatusLookupRecord record, CancellationToken cancellationToken) => _queue.Writer.WriteAsync(record, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _writing = Task.Run(() => WriteUntilCompletedAsync(_abort.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>No more records are taken; the queued ones are written unless the host's shutdown time runs out.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await using (cancellationToken.Register(_abort.Cancel))
        {
            await _writing;
        }
        _abort.Dispose();
    }

    private async Task WriteUntilCompletedAsync(CancellationToken abort)
    {
        var batch = new List<StatusLookupRecord>(MaxBatch);
        try
        {
            while (await FillAsync(batch, abort))
            {
                while (!await TryInsertAsync(batch, abort))
                {
                    await Task.Delay(RetryDelay, abort);
                }
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            logger.LogError("Status lookup log stopped with {Count} lookup(s) not written", batch.Count + _queue.Reader.Count);
        }
    }

    /// <summary>Waits for the first record, then takes more until the batch is full or the interval has passed. False: completed and drained.</summary>
    private async Task<bool> FillAsync(List<StatusLookupRecord> batch, CancellationToken abort)
    {
        if (!await _queue.Reader.WaitToReadAsync(abort))
        {
            return false;
        }
        using var interval = CancellationTokenSource.CreateLinkedTokenSource(abort);
        interval.CancelAfter(FlushInterval);
        try
        {
            while (true)
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var record))
                {
                    batch.Add(record);
                }
                if (batch.Count == MaxBatch || !await _queue.Reader.WaitToReadAsync(interval.Token))
                {
                    return true;
                }
            }
        }
        catch (OperationCanceledException) when (!abort.IsCancellationRequested)
        {
            return true;
        }
    }

    private async Task<bool> TryInsertAsync(List<StatusLookupRecord> batch, CancellationToken abort)
    {
        try
        {
            await using var command = dataSource.CreateCommand($"""
                INSERT INTO {AppSchema.Name}.status_lookups (looked_up_at, client_network, found)
                SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::boolean[])
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(r => r.At.ToUniversalTime()).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(r => r.ClientNetwork).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(r => r.Found).ToArray() });
            await command.ExecuteNonQueryAsync(abort);
            return true;
        }
        catch (Exception error) when (error is NpgsqlException or TimeoutException)
        {
            logger.LogWarning(error, "Could not write {Count} status lookup(s); retrying in {Delay}", batch.Count, RetryDelay);
            return false;
        }
    }
}
