using Migrationsverwaltung.Cli.Events;
using Migrationsverwaltung.EmbeddedPostgres;
using Migrationsverwaltung.EventStore;
using Npgsql;

namespace Migrationsverwaltung.Cli;

/// <summary>
/// Turns the failures an operator can fix into one line on stderr and an exit code.
/// Anything else is a bug and keeps its stack trace.
/// </summary>
internal static class Failures
{
    public static async Task<int> ReportAsync(Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (PostgresNotInstalledException e)
        {
            await Console.Error.WriteLineAsync($"mvw: {e.Message}");
            return ExitCodes.PostgresNotInstalled;
        }
        catch (EmbeddedPostgresException e)
        {
            await Console.Error.WriteLineAsync($"mvw: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"mvw: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (EventStoreException e)
        {
            await Console.Error.WriteLineAsync($"mvw: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (NpgsqlException e)
        {
            await Console.Error.WriteLineAsync($"mvw: the database failed: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (Migrationsverwaltung.Xdomea.XdomeaFormatException e)
        {
            await Console.Error.WriteLineAsync($"mvw: the message is not valid: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Migrationsverwaltung.Domain.Common.RuleViolation e)
        {
            await Console.Error.WriteLineAsync($"mvw: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"mvw: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("mvw: cancelled.");
            return ExitCodes.Failed;
        }
    }
}
