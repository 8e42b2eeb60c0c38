using System.CommandLine;

namespace Migrationsverwaltung.Cli.DevDb;

/// <summary>A local PostgreSQL cluster for development and test runs (the one ./test.sh starts).</summary>
internal static class DevDbCommand
{
    public static Command Create() =>
        new("dev-db", "Starts or stops a local PostgreSQL cluster for development and tests.")
        {
            StartCommand.Create(),
            StopCommand.Create(),
        };

    public static Option<string> DirectoryOption() =>
        new("--dir")
        {
            Description = "Data directory of the cluster (created on first start).",
            Required = true,
        };
}
