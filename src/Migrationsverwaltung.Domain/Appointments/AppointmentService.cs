namespace Migrationsverwaltung.Domain.Appointments;

/// <summary>What an applicant can book. The stored name (<see cref="AppointmentServices.CodeOf"/>) never changes.</summary>
public enum AppointmentService
{
    /// <summary>Vorsprache: identity, fingerprints (§61a AufenthV), signature, photo.</summary>
    Biometrics,

    /// <summary>Aushändigung des eAT.</summary>
    EatHandover,

    /// <summary>Beratung.</summary>
    Counselling,

    /// <summary>Notfalltermin (fast lane, issue 8 triage).</summary>
    Emergency,
}

/// <summary>Durations and stored codes of the services.</summary>
public static class AppointmentServices
{
    public static IReadOnlyList<AppointmentService> All { get; } = Enum.GetValues<AppointmentService>();

    public static TimeSpan DurationOf(AppointmentService service) => service switch
    {
        AppointmentService.Biometrics => TimeSpan.FromMinutes(20),
        AppointmentService.EatHandover => TimeSpan.FromMinutes(10),
        AppointmentService.Counselling => TimeSpan.FromMinutes(30),
        AppointmentService.Emergency => TimeSpan.FromMinutes(20),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Unbekannte Terminart."),
    };

    public static string CodeOf(AppointmentService service) => service switch
    {
        AppointmentService.Biometrics => "biometrics",
        AppointmentService.EatHandover => "eat_handover",
        AppointmentService.Counselling => "counselling",
        AppointmentService.Emergency => "emergency",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Unbekannte Terminart."),
    };

    public static AppointmentService? FromCode(string? code) => All.Cast<AppointmentService?>().FirstOrDefault(s => CodeOf(s!.Value) == code);

    public static string GermanNameOf(AppointmentService service) => service switch
    {
        AppointmentService.Biometrics => "Vorsprache (Biometrie)",
        AppointmentService.EatHandover => "Aushändigung eAT",
        AppointmentService.Counselling => "Beratung",
        AppointmentService.Emergency => "Notfalltermin",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Unbekannte Terminart."),
    };
}
