using System.CommandLine;
using Migrationsverwaltung.EventStore.Schema;

namespace Migrationsverwaltung.Cli.Events;

/// <summary>Brings the event store's schema to the newest version (the app does the same at start-up).</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var connectionString = StoreConnection.ConnectionStringOption();
        var schema = StoreConnection.SchemaOption();
        var command = new Command("migrate", "Creates or migrates the event store schema; idempotent, never destructive.") { connectionString, schema };
        command.SetAction((parsed, cancellationToken) => Failures.ReportAsync(async () =>
        {
            await using var dataSource = StoreConnection.Open(parsed.GetValue(connectionString));
            var store = StoreConnection.Store(dataSource, parsed.GetRequiredValue(schema));
            var applied = await new SchemaMigrator(dataSource, store.Options).MigrateAsync(cancellationToken);
            Console.WriteLine(applied.Count == 0
                ? $"Schema '{store.Options.Schema}' is up to date (version {SchemaMigrator.LatestVersion})."
                : $"Schema '{store.Options.Schema}': applied migration(s) {string.Join(", ", applied)}; now at version {SchemaMigrator.LatestVersion}.");
            // The application's own tables (idempotency, file numbers, access log, documents): the app migrates them at start too.
            var app = await new VersionedSchema(dataSource, Api.Infrastructure.Persistence.AppSchema.Name, "schema_migrations", Api.Infrastructure.Persistence.AppSchema.Migrations)
                .MigrateAsync(cancellationToken);
            Console.WriteLine($"Schema '{Api.Infrastructure.Persistence.AppSchema.Name}': {(app.Count == 0 ? "up to date" : $"applied migration(s) {string.Join(", ", app)}")}.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
