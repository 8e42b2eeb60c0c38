using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;

namespace Migrationsverwaltung.EventStore.Chain;

/// <summary>
/// Recomputes the hash chains in PostgreSQL, a batch of whole streams (a range of stream ids) per query, several batches
/// at once on their own connections, and reports the first broken link of every broken stream with its diagnosis.
/// Every link is checked on its own against the stored previous hash (a window's lag), so the work is one digest per
/// event and needs no recursion; a stream's first failing link is where its chain stops holding.
/// </summary>
internal sealed class ChainVerifier(EventStore store, ChainVerifyOptions options)
{
    private const int StreamPageSize = 10_000;

    private string Prefix => store.Options.Qualified("");

    /// <param name="streamId">One stream, or null for all.</param>
    /// <param name="maxSeqId">Only events with seq_id up to this (an anchor's); long.MaxValue for all.</param>
    /// <param name="checkHeads">Also compare each stream row's version and head hash with its last event (not as of an anchor).</param>
    public async Task<ChainVerification> VerifyAsync(Guid? streamId, long maxSeqId, bool checkHeads, IProgress<ChainProgress>? progress, CancellationToken cancellationToken)
    {
        var problems = new ConcurrentBag<Problem>();
        var total = await TotalEventsAsync(streamId, cancellationToken);
        long verifiedEvents = 0, verifiedStreams = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(BatchesAsync(streamId, cancellationToken), parallel, async (batch, token) =>
        {
            foreach (var problem in await VerifyBatchAsync(batch, maxSeqId, checkHeads, token))
            {
                problems.Add(problem);
            }
            var events = Interlocked.Add(ref verifiedEvents, batch.Events);
            var streams = Interlocked.Add(ref verifiedStreams, batch.Streams);
            progress?.Report(new ChainProgress(events, total, streams));
        });
        var firstPerStream = problems.GroupBy(p => p.StreamId)
            .Select(g => g.MinBy(p => p.Version)!)
            .OrderBy(p => p.StreamId.ToString(), StringComparer.Ordinal)   // PostgreSQL's uuid order
            .ToList();
        var broken = new List<BrokenLink>();
        await using (var connection = await store.DataSource.OpenConnectionAsync(cancellationToken))
        {
            var diagnosis = new LinkDiagnosis(connection, Prefix, maxSeqId);
            foreach (var problem in firstPerStream.Take(options.MaxBrokenLinks))
            {
                broken.Add(problem.Head ?? await diagnosis.DiagnoseAsync(problem.StreamId, problem.Version, problem.Kind, cancellationToken));
            }
        }
        return new ChainVerification(verifiedStreams, verifiedEvents, broken, firstPerStream.Count > options.MaxBrokenLinks);
    }

    private async Task<long> TotalEventsAsync(Guid? streamId, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand(
            $"SELECT coalesce(sum(version), 0)::bigint FROM {Prefix}mt_streams WHERE $1::uuid IS NULL OR id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)streamId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Ranges of whole streams in id order, each about <see cref="ChainVerifyOptions.BatchEvents"/> events.</summary>
    private async IAsyncEnumerable<Batch> BatchesAsync(Guid? streamId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (streamId is { } only)
        {
            var total = await TotalEventsAsync(only, cancellationToken);
            if (await StreamExistsAsync(only, cancellationToken) is false)
            {
                throw new StreamNotFoundException(only);
            }
            yield return new Batch(only, only, 1, total);
            yield break;
        }
        Guid? after = null;
        Batch? open = null;
        while (true)
        {
            var page = await StreamPageAsync(after, cancellationToken);
            foreach (var (id, version) in page)
            {
                open = open is null ? new Batch(id, id, 1, version) : open with { To = id, Streams = open.Streams + 1, Events = open.Events + version };
                if (open.Events >= options.BatchEvents)
                {
                    yield return open;
                    open = null;
                }
            }
            if (page.Count < StreamPageSize)
            {
                break;
            }
            after = page[^1].Id;
        }
        if (open is not null)
        {
            yield return open;
        }
    }

    private async Task<bool> StreamExistsAsync(Guid streamId, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand($"SELECT EXISTS (SELECT 1 FROM {Prefix}mt_streams WHERE id = $1)");
        command.Parameters.Add(new NpgsqlParameter { Value = streamId, NpgsqlDbType = NpgsqlDbType.Uuid });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<List<(Guid Id, long Version)>> StreamPageAsync(Guid? after, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand(ChainQueries.StreamPage(Prefix));
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)after ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = StreamPageSize, NpgsqlDbType = NpgsqlDbType.Integer });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var page = new List<(Guid, long)>(StreamPageSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add((reader.GetGuid(0), reader.GetInt64(1)));
        }
        return page;
    }

    private async Task<List<Problem>> VerifyBatchAsync(Batch batch, long maxSeqId, bool checkHeads, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        await using (var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken))
        await using (var batchSettings = new NpgsqlCommand(ChainQueries.BatchSettings, connection, transaction))
        await using (var command = new NpgsqlCommand(ChainQueries.BrokenLinks(Prefix), connection, transaction) { CommandTimeout = 0 })
        {
            await batchSettings.ExecuteNonQueryAsync(cancellationToken);
            AddRange(command, batch);
            command.Parameters.Add(new NpgsqlParameter { Value = maxSeqId, NpgsqlDbType = NpgsqlDbType.Bigint });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                problems.Add(new Problem(reader.GetGuid(0), reader.GetInt64(1), reader.GetString(2), null));
            }
        }
        if (checkHeads)
        {
            await using var command = new NpgsqlCommand(ChainQueries.MismatchedHeads(Prefix), connection) { CommandTimeout = 0 };
            AddRange(command, batch);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var head = HeadMismatch(reader.GetGuid(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2));
                problems.Add(new Problem(head.StreamId, long.MaxValue, "head", head));
            }
        }
        return problems;
    }

    private static void AddRange(NpgsqlCommand command, Batch batch)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = batch.From, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = batch.To, NpgsqlDbType = NpgsqlDbType.Uuid });
    }

    /// <summary>Every link holds, but the stream row does not end where the events do.</summary>
    private static BrokenLink HeadMismatch(Guid streamId, long streamVersion, long? lastVersion) => lastVersion switch
    {
        null => new(streamId, 1, BrokenLinkKind.Deleted, $"the stream has no events left; its row is at version {streamVersion}"),
        { } last when last < streamVersion => new(streamId, last + 1, BrokenLinkKind.Deleted,
            $"the events after version {last} are missing; the stream's row is at version {streamVersion}"),
        { } last when last > streamVersion => new(streamId, streamVersion + 1, BrokenLinkKind.Inserted,
            $"events up to version {last} follow the stream's version {streamVersion}, which was never appended to"),
        { } last => new(streamId, last, BrokenLinkKind.Altered, "the stream's head hash does not match its last event"),
    };

    private sealed record Batch(Guid From, Guid To, int Streams, long Events);

    /// <summary>A stream's failing row: its version and the query's reason (gap, link, personal), or a ready head mismatch.</summary>
    private sealed record Problem(Guid StreamId, long Version, string Kind, BrokenLink? Head);
}
