using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Migrationsverwaltung.EventStore.Chain;

/// <summary>
/// Anchors: a root hash over every stream's head as of a seq_id, stored in mt_chain_anchors and handed out (exported)
/// so the log can later be shown not to have been rewritten since. Root = SHA-256 over the UTF-8 lines
/// "&lt;stream id&gt;,&lt;version&gt;,&lt;head hash hex&gt;\n" in stream id order (docs/tamper-evidence.md).
/// </summary>
internal sealed class ChainAnchors(EventStore store)
{
    private string Prefix => store.Options.Qualified("");

    /// <summary>
    /// The anchor covers the events with seq_id up to the largest one visible now. Sequence values are taken by
    /// transactions that may commit later, so it first waits until every transaction open at that moment has ended:
    /// from then on no event with a smaller seq_id can appear, and "heads as of the anchor" never changes.
    /// </summary>
    public async Task<ChainAnchor> CreateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        string openBelow;
        long maxSeqId;
        await using (var command = new NpgsqlCommand(
            $"SELECT pg_snapshot_xmax(pg_current_snapshot())::text, coalesce((SELECT max(seq_id) FROM {Prefix}mt_events), 0)", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (openBelow, maxSeqId) = (reader.GetString(0), reader.GetInt64(1));
        }
        await WaitForTransactionsBelowAsync(connection, openBelow, cancellationToken);
        var (root, streams, events) = await RootAsync(connection, maxSeqId, onHead: null, cancellationToken);
        await using var insert = new NpgsqlCommand($"""
            INSERT INTO {Prefix}mt_chain_anchors (max_seq_id, stream_count, event_count, root_hash) VALUES ($1, $2, $3, $4)
            RETURNING id, created_at
            """, connection);
        insert.Parameters.Add(new NpgsqlParameter { Value = maxSeqId, NpgsqlDbType = NpgsqlDbType.Bigint });
        insert.Parameters.Add(new NpgsqlParameter { Value = streams, NpgsqlDbType = NpgsqlDbType.Bigint });
        insert.Parameters.Add(new NpgsqlParameter { Value = events, NpgsqlDbType = NpgsqlDbType.Bigint });
        insert.Parameters.Add(new NpgsqlParameter { Value = root, NpgsqlDbType = NpgsqlDbType.Bytea });
        await using var inserted = await insert.ExecuteReaderAsync(cancellationToken);
        await inserted.ReadAsync(cancellationToken);
        return new ChainAnchor(inserted.GetInt64(0), inserted.GetFieldValue<DateTimeOffset>(1), maxSeqId, streams, events, root);
    }

    public async Task<IReadOnlyList<ChainAnchor>> ListAsync(long? id, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand($"""
            SELECT id, created_at, max_seq_id, stream_count, event_count, root_hash FROM {Prefix}mt_chain_anchors
            WHERE $1::bigint IS NULL OR id = $1 ORDER BY id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)id ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var anchors = new List<ChainAnchor>();
        while (await reader.ReadAsync(cancellationToken))
        {
            anchors.Add(new ChainAnchor(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetInt64(2), reader.GetInt64(3),
                reader.GetInt64(4), reader.GetFieldValue<byte[]>(5)));
        }
        return anchors;
    }

    /// <summary>
    /// Checks the log against an anchor (from mt_chain_anchors or, better, from the auditor's own copy): the chains of all
    /// events up to the anchor's seq_id verify, and the root over the heads as of that seq_id is the anchor's. When the
    /// export's heads are given, the streams whose head differs are named.
    /// </summary>
    public async Task<AnchorCheck> CheckAsync(ChainAnchor anchor, IReadOnlyList<StreamHead>? exportedHeads, ChainVerifyOptions options,
        IProgress<ChainProgress>? progress, CancellationToken cancellationToken)
    {
        var verification = await new ChainVerifier(store, options).VerifyAsync(null, anchor.MaxSeqId, checkHeads: false, progress, cancellationToken);
        var heads = new List<StreamHead>();
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        var (root, streams, events) = await RootAsync(connection, anchor.MaxSeqId, exportedHeads is null ? null : heads.Add, cancellationToken);
        var changed = exportedHeads is null ? [] : ChangedHeads(exportedHeads, heads, options.MaxBrokenLinks);
        return new AnchorCheck(anchor, root, streams, events, verification.BrokenLinks, changed);
    }

    /// <summary>The heads as of the seq_id, streamed into the root hash (and to <paramref name="onHead"/> when given).</summary>
    public async Task<(byte[] Root, long Streams, long Events)> RootAsync(NpgsqlConnection connection, long maxSeqId, Action<StreamHead>? onHead, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(ChainQueries.HeadsAsOf(Prefix), connection) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter { Value = maxSeqId, NpgsqlDbType = NpgsqlDbType.Bigint });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        using var root = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long streams = 0, events = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var head = new StreamHead(reader.GetGuid(0), reader.GetInt64(1), reader.GetFieldValue<byte[]>(2));
            root.AppendData(Encoding.UTF8.GetBytes(Line(head)));
            onHead?.Invoke(head);
            streams++;
            events += head.Version;
        }
        return (root.GetHashAndReset(), streams, events);
    }

    /// <summary>One head's line of the root's input: "&lt;stream id&gt;,&lt;version&gt;,&lt;hash hex&gt;\n" (lower case, invariant).</summary>
    public static string Line(StreamHead head) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{head.StreamId:D},{head.Version},{Convert.ToHexStringLower(head.Hash)}\n");

    public static byte[] RootOf(IEnumerable<StreamHead> heads)
    {
        using var root = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var head in heads.OrderBy(h => h.StreamId.ToString(), StringComparer.Ordinal))
        {
            root.AppendData(Encoding.UTF8.GetBytes(Line(head)));
        }
        return root.GetHashAndReset();
    }

    private static List<Guid> ChangedHeads(IReadOnlyList<StreamHead> exported, List<StreamHead> current, int max)
    {
        var now = current.ToDictionary(h => h.StreamId);
        var changed = exported.Where(h => !now.TryGetValue(h.StreamId, out var c) || c.Version != h.Version || !c.Hash.AsSpan().SequenceEqual(h.Hash))
            .Select(h => h.StreamId)
            .Concat(current.Select(h => h.StreamId).Except(exported.Select(h => h.StreamId)));
        return changed.Distinct().Take(max).ToList();
    }

    private async Task WaitForTransactionsBelowAsync(NpgsqlConnection connection, string xid, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var command = new NpgsqlCommand("SELECT pg_snapshot_xmin(pg_current_snapshot()) >= $1::xid8", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = xid, NpgsqlDbType = NpgsqlDbType.Text });
        while (!(bool)(await command.ExecuteScalarAsync(cancellationToken))!)
        {
            if (Stopwatch.GetElapsedTime(started) > store.Options.AnchorWaitTimeout)
            {
                throw new AnchorWaitTimeoutException(store.Options.AnchorWaitTimeout);
            }
            await Task.Delay(20, cancellationToken);
        }
    }
}

/// <summary>A transaction stayed open longer than <see cref="EventStoreOptions.AnchorWaitTimeout"/>; no anchor was written.</summary>
public sealed class AnchorWaitTimeoutException(TimeSpan waited)
    : EventStoreException($"No anchor was created: a transaction open when it started was still open after {waited.TotalSeconds:0} s.");
