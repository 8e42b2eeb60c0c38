using Microsoft.Extensions.Options;
using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Calendar;
using Npgsql;

namespace Migrationsverwaltung.Api.Appointments.Triage;

/// <summary>Configuration section "Appointments:Triage".</summary>
public sealed class TriageOptions
{
    /// <summary>Runs the morning triage in this instance (several instances may: runs are serialised and repeatable).</summary>
    public bool Enabled { get; set; }

    /// <summary>Berlin wall-clock time on working days from which the day's run is due.</summary>
    public TimeOnly RunAt { get; set; } = new(7, 0);

    /// <summary>A request is an emergency when its date is at most this many days away (a lost document always is).</summary>
    public int UrgentWithinDays { get; set; } = 14;

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>On each working day after RunAt, runs triage for that day once (as system:triage) when no scheduled run is recorded yet.</summary>
public sealed class TriageWorker(
    TriageDesk desk, NpgsqlDataSource database, EventStoreReadiness readiness, IOptions<TriageOptions> options, TimeProvider clock, ILogger<TriageWorker> logger)
    : BackgroundService
{
    public static readonly BookingActor Scheduler = new("system:triage", "office");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }
        await readiness.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunIfDueAsync(settings, stoppingToken);
            }
            catch (Exception error) when (error is NpgsqlException or TimeoutException)
            {
                logger.LogWarning(error, "Triage: database not reachable; trying again in {Delay}", settings.CheckInterval);
            }
            await Task.Delay(settings.CheckInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async Task<TriageRun?> RunIfDueAsync(TriageOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, BerlinTime.Zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        if (!WorkingDays.IsWorkingDay(today) || TimeOnly.FromDateTime(local.DateTime) < settings.RunAt || await RanAsync(today, cancellationToken))
        {
            return null;
        }
        var run = await desk.RunAsync(today, Scheduler, now, cancellationToken);
        logger.LogInformation("Triage for {Day}: {Seats} seats, {Given} slots given, {Declined} declined, {Waiting} still waiting", run.Day, run.Seats, run.SlotsGiven, run.Declined, run.StillWaiting);
        return run;
    }

    private async Task<bool> RanAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"SELECT EXISTS (SELECT 1 FROM {AppSchema.Name}.emergency_triage_runs WHERE day = $1 AND actor = $2)");
        command.Parameters.Add(new NpgsqlParameter { Value = day });
        command.Parameters.Add(new NpgsqlParameter { Value = Scheduler.Actor });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
