using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.EventStore.Daemon;
using Npgsql;

namespace Migrationsverwaltung.Api.Infrastructure;

public static class Health
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// /health/live: the process answers. /health/ready: the database answers, the event store is migrated and no async
    /// projection lags more than Health:MaxProjectionLag events (503 otherwise, naming the transaction that holds them back).
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => Results.Ok(new { status = "live" })).WithSummary("Der Prozess läuft").WithTags("Betrieb");
        endpoints.MapGet("/health/ready", ReadyAsync).WithSummary("Bereit: Datenbank erreichbar, Event Store migriert, Projektionen aktuell").WithTags("Betrieb");
        return endpoints;
    }

    private static async Task<IResult> ReadyAsync(
        NpgsqlDataSource database, EventStoreReadiness eventStore, ProjectionDaemon daemon, IConfiguration configuration, ILoggerFactory loggers,
        [Microsoft.AspNetCore.Mvc.FromServices] IEnumerable<IReadinessCheck> readinessChecks, CancellationToken aborted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(ReadyTimeout);
        try
        {
            await using var command = database.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            if (!eventStore.IsReady)
            {
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Event store not ready", detail: eventStore.Problem);
            }
            foreach (var check in readinessChecks)
            {
                if (await check.ProblemAsync(timeout.Token) is { } problem)
                {
                    return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: problem.Title, detail: problem.Detail);
                }
            }
            var lagging = await ProjectionLag.BeyondAsync(daemon, configuration.GetValue("Health:MaxProjectionLag", 10_000L), timeout.Token);
            return lagging is null
                ? Results.Ok(new { status = "ready" })
                : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Projections lag behind", detail: lagging);
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
