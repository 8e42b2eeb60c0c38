using System.CommandLine;
using Migrationsverwaltung.EmbeddedPostgres;

namespace Migrationsverwaltung.Cli.DevDb;

/// <summary>
/// Starts the cluster and leaves it running (pg_ctl detaches the server), printing only the admin connection
/// string on stdout so that scripts can capture it: <c>db=$(mvw dev-db start --dir ...)</c>.
/// </summary>
internal static class StartCommand
{
    public static Command Create()
    {
        var directory = DevDbCommand.DirectoryOption();
        var port = new Option<int?>("--port") { Description = "TCP port on 127.0.0.1 (default: a free one)." };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1 or > 65535)
            {
                result.AddError("--port must be between 1 and 65535.");
            }
        });
        var throwaway = new Option<bool>("--throwaway")
        {
            Description = "Turn fsync off: faster, but a crash may lose the data. For test runs.",
        };
        var command = new Command("start", "Starts (on first use: creates) the cluster and prints its admin connection string.")
        {
            directory, port, throwaway,
        };
        command.SetAction((parsed, cancellation) => Failures.ReportAsync(async () =>
        {
            var server = await EmbeddedPostgresServer.StartAsync(new EmbeddedPostgresOptions
            {
                DataDirectory = parsed.GetRequiredValue(directory),
                Port = parsed.GetValue(port),
                Durable = !parsed.GetValue(throwaway),
            }, cancellation);
            await Console.Out.WriteLineAsync(server.ConnectionString());
            return ExitCodes.Success;
        }));
        return command;
    }
}
