using System.CommandLine;
using Migrationsverwaltung.EmbeddedPostgres;

namespace Migrationsverwaltung.Cli.DevDb;

/// <summary>Stops the cluster of a data directory; succeeds when nothing runs there, so cleanup traps can call it blindly.</summary>
internal static class StopCommand
{
    public static Command Create()
    {
        var directory = DevDbCommand.DirectoryOption();
        var command = new Command("stop", "Stops the cluster running in the data directory, if any.") { directory };
        command.SetAction(parsed => Failures.ReportAsync(async () =>
        {
            await EmbeddedPostgresServer.StopAsync(parsed.GetRequiredValue(directory));
            return ExitCodes.Success;
        }));
        return command;
    }
}
