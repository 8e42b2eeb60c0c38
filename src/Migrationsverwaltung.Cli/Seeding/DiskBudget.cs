using Npgsql;

namespace Migrationsverwaltung.Cli.Seeding;

/// <summary>
/// The space a data set needs, estimated from measured runs (docs/benchmarks.md, 1,000,000 cases: 10.30 GB of database,
/// about 10,300 bytes per case with its 22.5 events, person, indexes and projections, plus the WAL, which PostgreSQL
/// keeps at about max_wal_size whatever the size: 0.27 GB on our embedded cluster (256 MB), 1.07 GB at the server's
/// default of 1 GB), with a margin; and the free space where the database keeps its files.
/// </summary>
internal static class DiskBudget
{
    public const long BytesPerCase = 10_300;
    public const double Margin = 1.25;

    /// <summary>WAL beside the data on any server: max_wal_size (1 GB by default) and what a checkpoint may leave above it.</summary>
    public const long WalBytes = 2_000_000_000;

    public static long Needed(int cases) => (long)(cases * BytesPerCase * Margin) + WalBytes;

    /// <summary>
    /// Free bytes in PostgreSQL's data directory when the server runs on this machine and lets us read the setting
    /// (superuser or pg_read_all_settings); null when it cannot be measured from here.
    /// </summary>
    public static async Task<long?> FreeBytesAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        string? directory;
        try
        {
            await using var command = dataSource.CreateCommand("SELECT current_setting('data_directory')");
            directory = (string?)await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            return null;
        }
        if (directory is null || !Directory.Exists(directory))
        {
            return null; // a remote server, or a directory this user cannot see
        }
        return new DriveInfo(directory).AvailableFreeSpace;
    }
}
