using Npgsql;

namespace Migrationsverwaltung.EventStore.Schema;

/// <summary>One migration: a version, what it does, its SQL ("{s}" stands for the quoted schema). Published ones never change.</summary>
public sealed record SqlMigration(int Version, string Description, string Sql);

/// <summary>
/// A schema kept at the newest version of an append-only list of migrations: idempotent, safe when several
/// instances start at once (an advisory transaction lock serialises them), each migration in the same
/// transaction as its record in {schema}.{table}. Used by the event store and by the application's own tables.
/// </summary>
public sealed class VersionedSchema(NpgsqlDataSource dataSource, string schema, string migrationsTable, IReadOnlyList<SqlMigration> migrations)
{
    public int LatestVersion => migrations[^1].Version;

    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        EnsureSafeName(schema);
        EnsureSafeName(migrationsTable);
        var quoted = $"\"{schema}\"";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock(hashtextextended('mvw-migrate:{schema}', 0))", cancellationToken);
        await ExecuteAsync(connection, $"""
            CREATE SCHEMA IF NOT EXISTS {quoted};
            CREATE TABLE IF NOT EXISTS {quoted}.{migrationsTable} (
                version int PRIMARY KEY,
                description text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now());
            """, cancellationToken);
        var applied = await AppliedVersionsAsync(connection, $"{quoted}.{migrationsTable}", cancellationToken);
        var newlyApplied = new List<int>();
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            await ExecuteAsync(connection, migration.Sql.Replace("{s}", quoted, StringComparison.Ordinal), cancellationToken);
            await using var record = new NpgsqlCommand($"INSERT INTO {quoted}.{migrationsTable} (version, description) VALUES ($1, $2)", connection);
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Description });
            await record.ExecuteNonQueryAsync(cancellationToken);
            newlyApplied.Add(migration.Version);
        }
        await transaction.CommitAsync(cancellationToken);
        return newlyApplied;
    }

    private static void EnsureSafeName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            throw new ArgumentException($"'{name}' must consist of lower-case letters, digits and '_'.", nameof(name));
        }
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT version FROM {table}", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }
        return versions;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        // No client timeout: a migration may rewrite every row (e.g. the hash chain's backfill of existing events).
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
