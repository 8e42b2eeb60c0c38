namespace Migrationsverwaltung.EmbeddedPostgres;

/// <summary>
/// The WAL settings our clusters start with. After a bulk load PostgreSQL keeps pg_wal at about max_wal_size (a
/// checkpoint recycles as many segments as recent checkpoint cycles used, at most max_wal_size), and that counts
/// against a data set's disk beside the database. <see cref="EmbeddedPostgresOptions.Settings"/> (written after
/// these) or ALTER SYSTEM (read after every file) override them. Measurements: docs/operations.md, "WAL".
/// </summary>
public static class WalSettings
{
    public const string MaxWalSize = "256MB";

    /// <summary>Compresses the full-page images written after each checkpoint; needs a server built with lz4.</summary>
    public const string PreferredCompression = "lz4";

    /// <summary>pglz, for servers built without lz4.</summary>
    public const string FallbackCompression = "on";
}
