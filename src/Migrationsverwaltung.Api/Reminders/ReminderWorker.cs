using Microsoft.Extensions.Options;
using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.Domain.Calendar;
using Npgsql;

namespace Migrationsverwaltung.Api.Reminders;

/// <summary>
/// Runs the scan every ScanInterval, the notices of answered emergency requests and the sender every PollInterval
/// (sooner while there is more), when Reminders:Enabled.
/// </summary>
public sealed class ReminderWorker(
    IServiceProvider services, ReminderSender sender, EventStoreReadiness readiness, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<ReminderWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }
        await readiness.WaitAsync(stoppingToken);
        var nextScan = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using (var scope = services.CreateScope())
                {
                    var scan = scope.ServiceProvider.GetRequiredService<ReminderScan>();
                    var today = BerlinTime.DateOf(clock.GetUtcNow());
                    if (clock.GetUtcNow() >= nextScan)
                    {
                        var written = await scan.RunAsync(today, stoppingToken);
                        logger.LogInformation("Reminder scan wrote {Count} new reminder(s)", written);
                        nextScan = clock.GetUtcNow() + settings.ScanInterval;
                    }
                    else if (await scan.RunEmergencyAnswersAsync(today, stoppingToken) is > 0 and var notices)
                    {
                        logger.LogInformation("Reminders: {Count} answer(s) to emergency requests written", notices);
                    }
                }
                if (await sender.ProcessOnceAsync(stoppingToken) > 0)
                {
                    continue;
                }
            }
            catch (Exception error) when (error is NpgsqlException or TimeoutException)
            {
                logger.LogWarning(error, "Reminders: database not reachable; trying again in {Delay}", settings.PollInterval);
            }
            await Task.Delay(settings.PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
