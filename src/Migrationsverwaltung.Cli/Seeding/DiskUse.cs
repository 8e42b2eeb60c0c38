using Npgsql;

namespace Migrationsverwaltung.Cli.Seeding;

/// <summary>
/// The disk a data set takes: its database plus the cluster's WAL directory (pg_wal), which PostgreSQL keeps beside
/// the databases, at about max_wal_size after a bulk load (docs/operations.md, "WAL"). Listing pg_wal needs a
/// superuser or pg_monitor; without either <see cref="WalBytes"/> is null and there is no total.
/// </summary>
internal sealed record DiskUse(long DatabaseBytes, long? WalBytes)
{
    public long? TotalBytes => WalBytes is { } wal ? DatabaseBytes + wal : null;

    public static async Task<DiskUse> MeasureAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        new(await DatabaseBytesAsync(dataSource, cancellationToken), await WalBytesAsync(dataSource, cancellationToken));

    public static async Task<long> DatabaseBytesAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT pg_database_size(current_database())");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<long?> WalBytesAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT coalesce(sum(size), 0)::bigint FROM pg_ls_waldir()");
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            return null;
        }
    }
}
