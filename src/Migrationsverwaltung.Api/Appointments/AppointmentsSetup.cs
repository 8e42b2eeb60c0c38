using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Migrationsverwaltung.Api.Appointments.Booking;
using Migrationsverwaltung.Api.Appointments.Capacity;
using Migrationsverwaltung.Api.Appointments.Locations;
using Migrationsverwaltung.Api.Appointments.Public;
using Migrationsverwaltung.Api.Appointments.Triage;
using Migrationsverwaltung.Domain.Appointments.Triage;
using Migrationsverwaltung.Api.Status;

namespace Migrationsverwaltung.Api.Appointments;

/// <summary>Configuration section "Appointments".</summary>
public sealed class AppointmentOptions
{
    /// <summary>Public booking requests (book, cancel, move) per client (IPv4 address or IPv6 /64) and minute.</summary>
    public int PublicBookingsPerMinute { get; set; } = 10;

    /// <summary>Public slot listings per client and minute.</summary>
    public int PublicSlotListingsPerMinute { get; set; } = 30;

    /// <summary>Clients not limited (load tests), written like StatusLookup:UnlimitedClients.</summary>
    public string[] UnlimitedClients { get; set; } = [];
}

/// <summary>Online appointments (docs/appointments-and-reminders.md): the office's capacity, booking by caseworkers and, with the status token, by applicants.</summary>
public static class AppointmentsSetup
{
    public const string BookingPolicy = "public-appointment-booking";
    public const string ListingPolicy = "public-appointment-listing";

    public static IServiceCollection AddAppointments(this IServiceCollection services)
    {
        services.AddOptions<AppointmentOptions>().BindConfiguration("Appointments")
            .Validate(o => o.PublicBookingsPerMinute > 0 && o.PublicSlotListingsPerMinute > 0, "Appointments: limits must be positive.");
        services.AddSingleton<BookingLedger>();
        services.AddSingleton<StatusTokenCases>();
        services.AddScoped<OfficeCases>();
        services.AddOptions<TriageOptions>().BindConfiguration("Appointments:Triage")
            .Validate(o => o.UrgentWithinDays is >= 0 and <= 90, "Appointments:Triage:UrgentWithinDays must be 0 to 90.")
            .Validate(o => o.CheckInterval > TimeSpan.Zero, "Appointments:Triage:CheckInterval must be positive.");
        services.AddSingleton(provider => new TriageRules(provider.GetRequiredService<IOptions<TriageOptions>>().Value.UrgentWithinDays));
        services.AddOptions<AppointmentPurgeOptions>().BindConfiguration("Appointments:Purge")
            .Validate(o => o.KeepFor >= TimeSpan.FromDays(28), "Appointments:Purge:KeepFor must be at least 28 days.")
            .Validate(o => o.Interval > TimeSpan.Zero, "Appointments:Purge:Interval must be positive.");
        services.AddSingleton<AppointmentDataPurge>();
        services.AddHostedService<AppointmentPurgeWorker>();
        services.AddSingleton<EmergencyRequestStore>();
        services.AddSingleton<TriageDesk>();
        services.AddSingleton<TriageWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<TriageWorker>());
        // The limiter itself (429 answer, UseRateLimiter) is the status lookup's; these are two more policies on it.
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(BookingPolicy, http => PerClient(http, o => o.PublicBookingsPerMinute));
            options.AddPolicy(ListingPolicy, http => PerClient(http, o => o.PublicSlotListingsPerMinute));
        });
        return services;
    }

    public static WebApplication MapAppointments(this WebApplication app)
    {
        CreateLocation.Map(app);
        OpenCapacity.Map(app);
        BlockSlot.Map(app);
        MoveCapacity.Map(app);
        GetSlots.Map(app);
        BookForCase.Map(app);
        CancelBooking.Map(app);
        RescheduleBooking.Map(app);
        GetCaseAppointments.Map(app);
        GetServiceStandard.Map(app);
        RunTriage.Map(app);
        GetEmergencyRequests.Map(app);

        var publicApi = app.MapGroup("/api/v1/public").AllowAnonymous().WithTags("Termine (öffentlich)");
        var bookings = publicApi.MapGroup("").RequireRateLimiting(BookingPolicy);
        BookWithToken.Map(bookings);
        CancelWithToken.Map(bookings);
        RescheduleWithToken.Map(bookings);
        LodgeEmergencyRequest.Map(bookings);
        GetEmergencyRequestsWithToken.Map(bookings);
        GetFreeSlots.Map(publicApi.MapGroup("").RequireRateLimiting(ListingPolicy));
        return app;
    }

    private static RateLimitPartition<string> PerClient(HttpContext http, Func<AppointmentOptions, int> permits)
    {
        var settings = http.RequestServices.GetRequiredService<IOptions<AppointmentOptions>>().Value;
        var client = ClientAddress.PartitionOf(http.Connection.RemoteIpAddress);
        return settings.UnlimitedClients.Contains(client, StringComparer.OrdinalIgnoreCase)
            ? RateLimitPartition.GetNoLimiter(client)
            : RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits(settings),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
    }
}
