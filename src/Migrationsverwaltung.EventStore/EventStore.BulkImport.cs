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
    public async Task<BulkImportResult> BulkImportAsync(IReadOnlyList<ImportedStream> streams, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streams);
        await _identity.EnsureVerifiedAsync(cancellationToken);
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken);
        var result = await new BulkImporter(this).ImportAsync(connection, streams, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (result.Events > 0)
        {
            Signal.Notify();
        }
        return result;
    }
}
