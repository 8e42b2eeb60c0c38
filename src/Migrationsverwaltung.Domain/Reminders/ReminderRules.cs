namespace Migrationsverwaltung.Domain.Reminders;

/// <summary>
/// When each reminder triggers (DOMAIN.md, "Deadlines"): title 12 and 8 weeks before its expiry, passport 3 months
/// before, Fiktionsbescheinigung 2 weeks before, eAT on the day it is ready, an appointment the day before.
/// A scan on <c>today</c> yields a reminder from its trigger day until the thing it warns about has passed; of the
/// two title stages only the latest one due, so a scan that missed weeks sends one message, not two.
/// The answer to an emergency request that waited for triage is a notice, not a reminder: it goes out from the day
/// of the answer until the appointment day itself (a seat today is still worth a message) or, for a reasoned
/// refusal, for <see cref="EmergencyAnswerDays"/> days.
/// </summary>
public static class ReminderRules
{
    public static IEnumerable<Reminder> ForTitle(Guid personId, DateOnly validUntil, DateOnly today)
    {
        var twelve = validUntil.AddDays(-12 * 7);
        var eight = validUntil.AddDays(-8 * 7);
        if (today >= eight && today < validUntil)
        {
            yield return new Reminder(ReminderKind.TitleExpiresIn8Weeks, personId, eight, validUntil);
        }
        else if (today >= twelve && today < eight)
        {
            yield return new Reminder(ReminderKind.TitleExpiresIn12Weeks, personId, twelve, validUntil);
        }
    }

    public static IEnumerable<Reminder> ForPassport(Guid personId, DateOnly validUntil, DateOnly today) =>
        Window(ReminderKind.PassportExpiresIn3Months, personId, validUntil.AddMonths(-3), validUntil, today);

    public static IEnumerable<Reminder> ForFiktion(Guid caseId, DateOnly validUntil, DateOnly today) =>
        Window(ReminderKind.FiktionExpiresIn2Weeks, caseId, validUntil.AddDays(-14), validUntil, today);

    /// <summary>Ready for pickup: from that day on, for four weeks (after that the office writes a letter).</summary>
    public static IEnumerable<Reminder> ForEatReady(Guid caseId, DateOnly readyOn, DateOnly today) =>
        Window(ReminderKind.EatReadyForPickup, caseId, readyOn, readyOn.AddDays(28), today);

    public static IEnumerable<Reminder> ForAppointment(Guid bookingId, DateOnly appointmentDay, DateOnly today) =>
        Window(ReminderKind.AppointmentTomorrow, bookingId, appointmentDay.AddDays(-1), appointmentDay, today);

    public const int EmergencyAnswerDays = 3;

    public static IEnumerable<Reminder> ForEmergencySlot(Guid requestId, DateOnly answeredOn, DateOnly appointmentDay, DateOnly today) =>
        Window(ReminderKind.EmergencySlotGiven, requestId, answeredOn, appointmentDay.AddDays(1), today, about: appointmentDay);

    public static IEnumerable<Reminder> ForEmergencyDeclined(Guid requestId, DateOnly lodgedOn, DateOnly answeredOn, DateOnly today) =>
        Window(ReminderKind.EmergencyRequestDeclined, requestId, answeredOn, answeredOn.AddDays(EmergencyAnswerDays), today, about: lodgedOn);

    /// <summary>Due from <paramref name="trigger"/> until the day before <paramref name="until"/>; it points at <paramref name="about"/> (by default <paramref name="until"/>).</summary>
    private static IEnumerable<Reminder> Window(ReminderKind kind, Guid subject, DateOnly trigger, DateOnly until, DateOnly today, DateOnly? about = null)
    {
        if (today >= trigger && today < until)
        {
            yield return new Reminder(kind, subject, trigger, about ?? until);
        }
    }
}
