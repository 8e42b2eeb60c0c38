using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.EventStore;
using Migrationsverwaltung.EventStore.Schema;
using Migrationsverwaltung.EventStore.Daemon;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Infrastructure.EventSourcing;

/// <summary>
/// Migrates the store and the application's own tables at start-up (idempotent; several instances may start at once) and then starts the
/// projection daemon. An unreachable database does not stop the host: it retries, and /health/ready says why.
/// A database restored into another cluster is not retried: it waits for an operator's re-base.
/// </summary>
internal sealed class EventStoreStartup(
    Store store, ProjectionDaemon daemon, DaemonSettings settings, EventStoreReadiness readiness, ILogger<EventStoreStartup> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await store.InitializeAsync(stoppingToken);
                await new VersionedSchema(store.DataSource, AppSchema.Name, "schema_migrations", AppSchema.Migrations).MigrateAsync(stoppingToken);
                readiness.Ready();
                logger.LogInformation("Event store ready in schema {Schema}", store.Options.Schema);
                break;
            }
            catch (ClusterIdentityMismatchException mismatch)
            {
                readiness.NotReady(mismatch.Message);
                logger.LogCritical("Event store refuses to run: {Reason}", mismatch.Message);
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                readiness.NotReady("The event store could not be initialised; see the application log.");
                logger.LogWarning(error, "Event store initialisation failed; retrying in {Delay}", RetryDelay);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
        if (settings.Enabled && !stoppingToken.IsCancellationRequested)
        {
            daemon.Start();
            logger.LogInformation("Projection daemon started for {Count} async projection(s)", daemon.ProjectionNames.Count);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await daemon.StopAsync();
    }
}
