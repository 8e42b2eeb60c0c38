using Microsoft.Extensions.Options;
using Migrationsverwaltung.Domain.Calendar;
using Npgsql;

namespace Migrationsverwaltung.Api.Reminders;

/// <summary>Runs the scan every ScanInterval and the sender every PollInterval (sooner while there is more), when Reminders:Enabled.</summary>
public sealed class ReminderWorker(IServiceProvider services, ReminderSender sender, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<ReminderWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }
        var nextScan = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (clock.GetUtcNow() >= nextScan)
                {
                    using var scope = services.CreateScope();
                    var written = await scope.ServiceProvider.GetRequiredService<ReminderScan>().RunAsync(BerlinTime.DateOf(clock.GetUtcNow()), stoppingToken);
                    logger.LogInformation("Reminder scan wrote {Count} new reminder(s)", written);
                    nextScan = clock.GetUtcNow() + settings.ScanInterval;
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
