namespace Migrationsverwaltung.Domain.Reminders;

/// <summary>Why a reminder is sent. The stored code (<see cref="ReminderKinds.CodeOf"/>) never changes.</summary>
public enum ReminderKind
{
    TitleExpiresIn12Weeks,
    TitleExpiresIn8Weeks,
    PassportExpiresIn3Months,
    FiktionExpiresIn2Weeks,
    EatReadyForPickup,
    AppointmentTomorrow,
    EmergencySlotGiven,
    EmergencyRequestDeclined,
}

public static class ReminderKinds
{
    public static IReadOnlyList<ReminderKind> All { get; } = Enum.GetValues<ReminderKind>();

    public static string CodeOf(ReminderKind kind) => kind switch
    {
        ReminderKind.TitleExpiresIn12Weeks => "title_12w",
        ReminderKind.TitleExpiresIn8Weeks => "title_8w",
        ReminderKind.PassportExpiresIn3Months => "passport_3m",
        ReminderKind.FiktionExpiresIn2Weeks => "fiktion_2w",
        ReminderKind.EatReadyForPickup => "eat_ready",
        ReminderKind.AppointmentTomorrow => "appointment_tomorrow",
        ReminderKind.EmergencySlotGiven => "emergency_slot",
        ReminderKind.EmergencyRequestDeclined => "emergency_declined",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unbekannte Erinnerungsart."),
    };

    public static ReminderKind FromCode(string code)
    {
        foreach (var kind in All)
        {
            if (CodeOf(kind) == code)
            {
                return kind;
            }
        }
        throw new ArgumentException($"Unbekannte Erinnerungsart „{code}“.");
    }
}
