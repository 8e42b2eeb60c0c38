using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Npgsql;

namespace Migrationsverwaltung.Api.Infrastructure;

public static class Health
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(5);

    /// <summary>/health/live: the process answers. /health/ready: the database answers and the event store is migrated (503 otherwise).</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => Results.Ok(new { status = "live" })).WithSummary("Der Prozess läuft").WithTags("Betrieb");
        endpoints.MapGet("/health/ready", ReadyAsync).WithSummary("Bereit: Datenbank erreichbar, Event Store migriert").WithTags("Betrieb");
        return endpoints;
    }

    private static async Task<IResult> ReadyAsync(NpgsqlDataSource database, EventStoreReadiness eventStore, ILoggerFactory loggers, CancellationToken aborted)
    {

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(ReadyTimeout);
        try
        {
            await using var command = database.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return eventStore.IsReady
                ? Results.Ok(new { status = "ready" })
                : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Event store not ready", detail: eventStore.Problem);
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            // Being unready is an answer, not an error of this request; the reason goes to the log, not to the caller.
            loggers.CreateLogger(typeof(Health)).LogWarning(e, "Not ready: the database did not answer SELECT 1");
            return Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Database unavailable",
                detail: "The database did not answer SELECT 1; see the application log.");
        }
    }
}
