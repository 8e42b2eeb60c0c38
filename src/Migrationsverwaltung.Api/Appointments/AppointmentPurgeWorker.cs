using Microsoft.Extensions.Options;
using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Npgsql;

namespace Migrationsverwaltung.Api.Appointments;

/// <summary>Runs the purge once a day (Appointments:Purge:Interval), after the tables exist.</summary>
internal sealed class AppointmentPurgeWorker(
    AppointmentDataPurge purge, EventStoreReadiness readiness, IOptions<AppointmentPurgeOptions> options, TimeProvider clock, ILogger<AppointmentPurgeWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                var result = await purge.PurgeAsync(clock.GetUtcNow(), stoppingToken);
                if (result.Total > 0)
                {
                    logger.LogInformation("Appointment data older than {KeepFor} purged: {Requests} emergency requests, {Bookings} bookings, {Slots} slots, {Runs} triage runs, {Reminders} reminder rows",
                        options.Value.KeepFor, result.EmergencyRequests, result.Bookings, result.Slots, result.TriageRuns, result.Reminders);
                }
            }
            catch (Exception error) when (error is NpgsqlException or TimeoutException)
            {
                logger.LogWarning(error, "Purging old appointment data failed; next try in {Interval}", options.Value.Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
