using Npgsql;

namespace Migrationsverwaltung.EventStore.Schema;

/// <summary>The event store's schema (mt_* tables) kept at the newest version of <see cref="Migrations.All"/>.</summary>
public sealed class SchemaMigrator(NpgsqlDataSource dataSource, EventStoreOptions options)
{
    public static int LatestVersion => Migrations.All[^1].Version;

    public Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        options.Validate();
        var migrations = Migrations.All.Select(m => new SqlMigration(m.Version, m.Description, m.Sql)).ToList();
        return new VersionedSchema(dataSource, options.Schema, "mt_schema_migrations", migrations).MigrateAsync(cancellationToken);
    }
}
