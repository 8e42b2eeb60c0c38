using Migrationsverwaltung.EventStore.Importing;

namespace Migrationsverwaltung.EventStore;

public sealed partial class EventStore
{
    /// <summary>
    /// Creates many new streams at once (synthetic data, migrations from another system): binary COPY in one transaction,
    /// read back exactly as appended streams, inline projections applied in the same transaction, async projections
    /// find the events like any others. Only new streams: an existing id rolls the whole import back
    /// (<see cref="BulkImportConflictException"/>). Events keep their own timestamps. docs/event-store-bulk-import.md.
    /// </summary>
    public Task<BulkImportResult> BulkImportAsync(IReadOnlyList<ImportedStream> streams, CancellationToken cancellationToken = default) =>
        BulkImportAsync(streams, BulkImportOptions.Default, cancellationToken);

    /// <inheritdoc cref="BulkImportAsync(IReadOnlyList{ImportedStream}, CancellationToken)"/>
    public async Task<BulkImportResult> BulkImportAsync(IReadOnlyList<ImportedStream> streams, BulkImportOptions options, CancellationToken cancellationToken = default) =>
        await BulkImportAsync(await PrepareBulkImportAsync(streams, cancellationToken), options, cancellationToken);

    /// <summary>
    /// The first half of a bulk import, outside any transaction (its own connection): the events serialised and split,
    /// their digests computed by PostgreSQL and chained. A caller may prepare the next chunk while one is imported.
    /// </summary>
    public async Task<PreparedImport> PrepareBulkImportAsync(IReadOnlyList<ImportedStream> streams, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streams);
        await _identity.EnsureVerifiedAsync(cancellationToken);
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        return await new BulkImporter(this).PrepareAsync(connection, streams, cancellationToken);
    }

    /// <summary>The second half: the prepared streams written in one transaction, projections applied (see above).</summary>
    public async Task<BulkImportResult> BulkImportAsync(PreparedImport prepared, BulkImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(options);
        await _identity.EnsureVerifiedAsync(cancellationToken);
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken);
        var result = await new BulkImporter(this).ImportAsync(connection, prepared, options, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (result.Events > 0)
        {
            Signal.Notify();
        }
        return result;
    }
}
