using Migrationsverwaltung.Api.Infrastructure.EventSourcing;

namespace Migrationsverwaltung.Api.Documents.Storage;

/// <summary>
/// Removes staged uploads that never completed (connection dropped, client gone) once an hour; an upload still
/// arriving writes a chunk at least every few seconds, so an hour without a chunk means it was abandoned.
/// </summary>
internal sealed class AbandonedUploadPurge(DocumentContentStore contents, EventStoreReadiness readiness, ILogger<AbandonedUploadPurge> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                var purged = await contents.PurgeAbandonedAsync(AbandonedAfter, stoppingToken);
                if (purged > 0)
                {
                    logger.LogInformation("Purged {Count} abandoned uploads", purged);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Purging abandoned uploads failed; next try in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
