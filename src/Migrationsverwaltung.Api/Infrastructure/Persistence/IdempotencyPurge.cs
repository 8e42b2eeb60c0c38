namespace Migrationsverwaltung.Api.Infrastructure.Persistence;

/// <summary>Removes idempotency records older than <see cref="IdempotencyStore.Retention"/> once an hour.</summary>
internal sealed class IdempotencyPurge(IdempotencyStore store, TimeProvider clock, ILogger<IdempotencyPurge> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var removed = await store.PurgeExpiredAsync(clock.GetUtcNow(), stoppingToken);
                logger.LogInformation("Removed {Count} expired idempotency record(s)", removed);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning(error, "Purging idempotency records failed; next try in {Interval}", Interval);
            }
        }
    }
}
