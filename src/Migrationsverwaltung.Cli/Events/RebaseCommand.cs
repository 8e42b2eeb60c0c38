using System.CommandLine;

namespace Migrationsverwaltung.Cli.Events;

/// <summary>
/// After a logical restore into another PostgreSQL cluster the store refuses to append and to project
/// (docs/adr/0002). This adopts the current cluster. Run it with every app instance stopped.
/// </summary>
internal static class RebaseCommand
{
    public static Command Create()
    {
        var connectionString = StoreConnection.ConnectionStringOption();
        var schema = StoreConnection.SchemaOption();
        var command = new Command("rebase", "Adopts the current PostgreSQL cluster after a restore (stop all app instances first).") { connectionString, schema };
        command.SetAction((parsed, cancellationToken) => Failures.ReportAsync(async () =>
        {
            await using var dataSource = StoreConnection.Open(parsed.GetValue(connectionString));
            await StoreConnection.Store(dataSource, parsed.GetRequiredValue(schema)).RebaseToCurrentClusterAsync(cancellationToken);
            Console.WriteLine("The event store now belongs to this cluster; stored order and checkpoints are kept.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
