using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Cli.Events;
using Migrationsverwaltung.EventStore.Schema;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Cli.Retention;

/// <summary>
/// The options the retention and export commands share (database, schema, outbox), and the API's service container
/// built on them: the same use cases, event types and projections as the running API, without Kestrel.
/// </summary>
internal sealed class ApiServices
{
    public Option<string?> ConnectionString { get; } = StoreConnection.ConnectionStringOption();
    public Option<string> Schema { get; } = StoreConnection.SchemaOption();
    public Option<string?> Outbox { get; } = new("--outbox") { Description = "Directory for the messages to the archive (default: the API's Retention:OutboxDirectory)." };
    public Option<bool> Json { get; } = new("--json") { Description = "Print the result as JSON." };

    public void AddTo(Command command)
    {
        command.Options.Add(ConnectionString);
        command.Options.Add(Schema);
        command.Options.Add(Outbox);
        command.Options.Add(Json);
    }

    public async Task<IHost> BuildAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var outbox = parsed.GetValue(Outbox) is { Length: > 0 } directory ? [$"--Retention:OutboxDirectory={Path.GetFullPath(directory)}"] : Array.Empty<string>();
        var host = Operations.AppServices.Build(parsed.GetValue(ConnectionString), parsed.GetRequiredValue(Schema), outbox);
        try
        {
            var store = host.Services.GetRequiredService<Store>();
            await store.InitializeAsync(cancellationToken);
            await new VersionedSchema(store.DataSource, AppSchema.Name, "schema_migrations", AppSchema.Migrations).MigrateAsync(cancellationToken);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
