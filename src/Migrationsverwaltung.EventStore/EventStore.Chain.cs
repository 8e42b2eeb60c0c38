using Migrationsverwaltung.EventStore.Chain;

namespace Migrationsverwaltung.EventStore;

/// <summary>Tamper evidence: hash chains per stream, their verifier, and anchors (docs/tamper-evidence.md, docs/adr/0010).</summary>
public sealed partial class EventStore
{
    /// <summary>Recomputes every stream's chain (or one stream's) and reports each broken stream's first broken link.</summary>
    public Task<ChainVerification> VerifyChainsAsync(Guid? streamId = null, ChainVerifyOptions? options = null, IProgress<ChainProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        new ChainVerifier(this, options ?? ChainVerifyOptions.Default).VerifyAsync(streamId, long.MaxValue, checkHeads: true, progress, cancellationToken);

    /// <summary>Stores a root hash over every stream's head as of now (mt_chain_anchors). Verify the chains first: an anchor vouches for what it sees.</summary>
    public Task<ChainAnchor> CreateAnchorAsync(CancellationToken cancellationToken = default) => new ChainAnchors(this).CreateAsync(cancellationToken);

    /// <summary>One stored anchor, or null.</summary>
    public async Task<ChainAnchor?> GetAnchorAsync(long id, CancellationToken cancellationToken = default) =>
        (await new ChainAnchors(this).ListAsync(id, cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<ChainAnchor>> ListAnchorsAsync(CancellationToken cancellationToken = default) => new ChainAnchors(this).ListAsync(null, cancellationToken);

    /// <summary>Writes the anchor with all its heads as JSON (<see cref="AnchorExport"/>) for the auditor to keep.</summary>
    public async Task ExportAnchorAsync(ChainAnchor anchor, Stream destination, CancellationToken cancellationToken = default)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await AnchorExport.WriteAsync(new ChainAnchors(this), connection, anchor, destination, cancellationToken);
    }

    /// <summary>
    /// Whether the log up to the anchor is as it was when the anchor was taken. Pass the anchor (and heads) from the
    /// auditor's export, not from mt_chain_anchors, when the database itself is in question.
    /// </summary>
    public Task<AnchorCheck> CheckAnchorAsync(ChainAnchor anchor, IReadOnlyList<StreamHead>? exportedHeads = null, ChainVerifyOptions? options = null,
        IProgress<ChainProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new ChainAnchors(this).CheckAsync(anchor, exportedHeads, options ?? ChainVerifyOptions.Default, progress, cancellationToken);
}
