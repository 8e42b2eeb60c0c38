namespace Migrationsverwaltung.EventStore.Chain;

/// <summary>What the verifier concludes happened at the first broken link of a stream (docs/tamper-evidence.md).</summary>
public enum BrokenLinkKind
{
    /// <summary>The event's data, metadata, personal hash or stored hash differs from what was chained.</summary>
    Altered,

    /// <summary>An event is missing: a version gap, a shortened stream, or later events renumbered down.</summary>
    Deleted,

    /// <summary>An event that was never appended: beyond the stream's head, or with later events renumbered up.</summary>
    Inserted,

    /// <summary>The event was chained at another version than it has now (versions swapped).</summary>
    Reordered,
}

/// <summary>The first broken link of one stream: the version where the chain stops holding, and why.</summary>
public sealed record BrokenLink(Guid StreamId, long Version, BrokenLinkKind Kind, string Detail);

public sealed record ChainVerification(long Streams, long Events, IReadOnlyList<BrokenLink> BrokenLinks, bool MoreBrokenLinks)
{
    public bool Intact => BrokenLinks.Count == 0;
}

/// <summary>Progress of a verification: events checked so far of the events the streams' versions promise.</summary>
public sealed record ChainProgress(long EventsVerified, long EventsTotal, long StreamsVerified);

public sealed record ChainVerifyOptions
{
    /// <summary>Batches verified at once, each on its own connection (PostgreSQL does the work: about its cores).</summary>
    public int Parallelism { get; init; } = 2;

    /// <summary>Events per batch (whole streams: a batch is a range of stream ids).</summary>
    public int BatchEvents { get; init; } = 50_000;

    /// <summary>At most this many broken streams are diagnosed and reported; the rest only sets MoreBrokenLinks.</summary>
    public int MaxBrokenLinks { get; init; } = 1000;

    public static ChainVerifyOptions Default { get; } = new();
}

/// <summary>A root hash over all stream heads as of MaxSeqId, as stored in mt_chain_anchors (docs/tamper-evidence.md).</summary>
public sealed record ChainAnchor(long Id, DateTimeOffset CreatedAt, long MaxSeqId, long StreamCount, long EventCount, byte[] RootHash)
{
    public string RootHex => Convert.ToHexStringLower(RootHash);
}

/// <summary>A stream's head as of an anchor: its last version with seq_id at most the anchor's, and that event's hash.</summary>
public sealed record StreamHead(Guid StreamId, long Version, byte[] Hash);

/// <summary>
/// The result of checking the log against an anchor: the chains up to the anchor verified, the root over the heads as
/// of the anchor recomputed, and (when the export's heads were given) the streams whose head differs.
/// </summary>
public sealed record AnchorCheck(
    ChainAnchor Anchor, byte[] RecomputedRoot, long StreamCount, long EventCount,
    IReadOnlyList<BrokenLink> BrokenLinks, IReadOnlyList<Guid> ChangedHeads)
{
    public bool RootMatches => RecomputedRoot.AsSpan().SequenceEqual(Anchor.RootHash);

    public bool Intact => RootMatches && StreamCount == Anchor.StreamCount && EventCount == Anchor.EventCount
                          && BrokenLinks.Count == 0 && ChangedHeads.Count == 0;
}
