using Microsoft.Extensions.Options;
using Npgsql;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Reminders;

/// <summary>Expiry and appointment reminders: the scan, the outbox sender and its transport (docs/appointments-and-reminders.md).</summary>
public static class RemindersSetup
{
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration("Reminders")
            .Validate(o => o.Lease > TimeSpan.Zero && o.BatchSize > 0 && o.MaxAttempts > 0, "Reminders: Lease, BatchSize and MaxAttempts must be positive.")
            .Validate(o => ReminderTemplates.Languages.Contains(o.Language), "Reminders:Language must be one of de, en, fr, fa, ar.");
        services.AddScoped<ReminderScan>();
        services.AddSingleton<IReminderTransport, SmtpReminderTransport>();
        services.AddSingleton(provider => new ReminderSender(
            provider.GetRequiredService<NpgsqlDataSource>(), provider.GetRequiredService<Store>(), provider.GetRequiredService<IReminderTransport>(),
            provider.GetRequiredService<IOptions<ReminderOptions>>(), provider.GetRequiredService<ILogger<ReminderSender>>(),
            $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}"));
        services.AddHostedService<ReminderWorker>();
        return services;
    }
}
