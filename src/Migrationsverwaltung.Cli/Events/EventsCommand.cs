using System.CommandLine;

namespace Migrationsverwaltung.Cli.Events;

internal static class EventsCommand
{
    public static Command Create() =>
        new("events", "Maintenance of the event store itself.")
        {
            RebaseCommand.Create(),
        };
}
