using Migrationsverwaltung.Domain.Reminders;

namespace Migrationsverwaltung.Domain.Tests.Reminders;

public class ReminderRulesTests
{
    private static readonly Guid Person = Guid.NewGuid();
    private static readonly DateOnly Expiry = new(2026, 12, 31);

    [TestCase("2026-10-07", null, TestName = "Title: nothing the day before the 12-week trigger")]
    [TestCase("2026-10-08", "title_12w", TestName = "Title: 12 weeks before expiry")]
    [TestCase("2026-11-04", "title_12w", TestName = "Title: still the 12-week reminder the day before the 8-week one")]
    [TestCase("2026-11-05", "title_8w", TestName = "Title: 8 weeks before expiry")]
    [TestCase("2026-12-30", "title_8w", TestName = "Title: only the latest stage when the scan missed weeks")]
    [TestCase("2026-12-31", null, TestName = "Title: nothing once it has expired")]
    public void Title_reminders_trigger_12_and_8_weeks_before_expiry(string today, string? expected)
    {
        var due = ReminderRules.ForTitle(Person, Expiry, DateOnly.Parse(today)).Select(r => ReminderKinds.CodeOf(r.Kind));

        Assert.That(due, expected is null ? Is.Empty : Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void The_trigger_date_is_the_same_on_every_scan_so_the_outbox_key_repeats()
    {
        var monday = ReminderRules.ForPassport(Person, Expiry, new DateOnly(2026, 10, 5)).Single();
        var tuesday = ReminderRules.ForPassport(Person, Expiry, new DateOnly(2026, 10, 6)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(monday, Is.EqualTo(tuesday));
            Assert.That(monday.TriggerDate, Is.EqualTo(new DateOnly(2026, 9, 30)));
        });
    }

    [Test]
    public void Fiktion_two_weeks_and_appointment_the_day_before()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ReminderRules.ForFiktion(Person, Expiry, new DateOnly(2026, 12, 16)), Is.Empty);
            Assert.That(ReminderRules.ForFiktion(Person, Expiry, new DateOnly(2026, 12, 17)).Single().TriggerDate, Is.EqualTo(new DateOnly(2026, 12, 17)));
            Assert.That(ReminderRules.ForAppointment(Person, new DateOnly(2026, 3, 30), new DateOnly(2026, 3, 29)).Single().Kind, Is.EqualTo(ReminderKind.AppointmentTomorrow));
            Assert.That(ReminderRules.ForAppointment(Person, new DateOnly(2026, 3, 30), new DateOnly(2026, 3, 30)), Is.Empty);
        });
    }

    [Test]
    public void An_emergency_seat_is_announced_from_the_answer_until_the_appointment_day_itself()
    {
        var answered = new DateOnly(2026, 3, 2);
        var appointment = new DateOnly(2026, 3, 4);

        Assert.Multiple(() =>
        {
            Assert.That(ReminderRules.ForEmergencySlot(Person, answered, appointment, answered.AddDays(-1)), Is.Empty);
            Assert.That(ReminderRules.ForEmergencySlot(Person, answered, appointment, answered).Single(),
                Is.EqualTo(new Reminder(ReminderKind.EmergencySlotGiven, Person, answered, appointment)));
            Assert.That(ReminderRules.ForEmergencySlot(Person, answered, appointment, appointment).Single().TriggerDate, Is.EqualTo(answered), "same key on every scan");
            Assert.That(ReminderRules.ForEmergencySlot(Person, answered, answered, answered), Has.Exactly(1).Items, "a seat on the day of the answer");
            Assert.That(ReminderRules.ForEmergencySlot(Person, answered, appointment, appointment.AddDays(1)), Is.Empty, "the appointment has passed");
        });
    }

    [Test]
    public void A_reasoned_refusal_is_announced_for_three_days_and_points_at_the_day_of_the_request()
    {
        var lodged = new DateOnly(2026, 3, 1);
        var answered = new DateOnly(2026, 3, 2);

        Assert.Multiple(() =>
        {
            Assert.That(ReminderRules.ForEmergencyDeclined(Person, lodged, answered, answered).Single(),
                Is.EqualTo(new Reminder(ReminderKind.EmergencyRequestDeclined, Person, answered, lodged)));
            Assert.That(ReminderRules.ForEmergencyDeclined(Person, lodged, answered, answered.AddDays(2)), Has.Exactly(1).Items);
            Assert.That(ReminderRules.ForEmergencyDeclined(Person, lodged, answered, answered.AddDays(3)), Is.Empty);
        });
    }

    [Test]
    public void Every_kind_has_a_stable_code_that_reads_back() =>
        Assert.That(ReminderKinds.All.Select(k => ReminderKinds.FromCode(ReminderKinds.CodeOf(k))), Is.EqualTo(ReminderKinds.All));
}
