using System.CommandLine;
using Migrationsverwaltung.Cli;
using Migrationsverwaltung.Cli.Audit;
using Migrationsverwaltung.Cli.DevDb;
using Migrationsverwaltung.Cli.Events;
using Migrationsverwaltung.Cli.Operations;
using Migrationsverwaltung.Cli.Retention;
using Migrationsverwaltung.Cli.Seeding;
using Migrationsverwaltung.Cli.Token;

var root = new RootCommand("mvw: the command line of Migrationsverwaltung for operators and developers.")
{
    DevDbCommand.Create(),
    MigrateCommand.Create(),
    EventsCommand.Create(),
    TokenCommand.Create(),
    SeedCommand.Create(),
    ProjectionsCommand.Create(),
    AuditChainCommands.AddTo(AuditCommand.Create()),
    RetentionCommand.Create(),
    ExportCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    await parsed.InvokeAsync(); // prints the errors and the help text
    return ExitCodes.Usage;
}
return await parsed.InvokeAsync();
