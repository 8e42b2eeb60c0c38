using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Migrationsverwaltung.Api.Appointments;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Domain.Calendar;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Appointments;

/// <summary>
/// Data minimisation: once their day lies further back than Appointments:Purge:KeepFor, past slots, their bookings,
/// answered emergency requests, triage runs and finished reminder rows go; waiting requests, pending reminders and
/// the append-only logs stay. Its own database, because the purge covers the whole office.
/// </summary>
public sealed class AppointmentPurgeTests
{
    private AppointmentHost _host = null!;
    private TriageWorld _world = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await AppointmentHost.StartAsync(nameof(AppointmentPurgeTests));
        _world = new TriageWorld(_host.Api);
        await _world.SetUpAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task Given_a_day_of_bookings_and_emergency_answers_When_it_lies_further_back_than_KeepFor_Then_it_is_purged_and_what_is_still_open_stays()
    {
        var day = AppointmentWorld.WorkingDay(8);
        await _world.World.OpenAsync(day, day, seats: 1);
        var slots = (await _world.World.SlotsAsync(day)).Select(s => Guid.Parse((string)s!["slotId"]!)).ToList();
        await _world.OpenEmergencySeatsAsync(day, 1);
        var booked = await _world.World.RegisteredCaseAsync();
        var cancelled = await _world.World.RegisteredCaseAsync();
        using (var booking = await _world.World.BookPubliclyAsync(booked.Token, slots[0]))
        {
            Assert.That(booking.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }
        using (var booking = await _world.World.BookPubliclyAsync(cancelled.Token, slots[1]))
        {
            var id = (string)(await booking.JsonAsync())["bookingId"]!;
            using var cancellation = await _world.World.Anonymous.CommandAsync($"/api/v1/public/appointments/{id}/cancellation", new { statusToken = cancelled.Token });
            Assert.That(cancellation.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }
        await _world.LodgeAsync((await _world.World.RegisteredCaseAsync()).Token, "LostDocument", null);
        await _world.LodgeAsync((await _world.World.RegisteredCaseAsync()).Token, "JobStarts", TriageWorld.Today.AddDays(300));
        await _world.RunAsync(day);
        var waiting = await _world.World.RegisteredCaseAsync();
        await _world.LodgeAsync(waiting.Token, "LostDocument", null);
        await ExecuteAsync("""
            INSERT INTO app.reminder_outbox (id, kind, subject_id, trigger_date, person_id, about_date, language, message_id, status)
            VALUES (gen_random_uuid(), 'title_8w', gen_random_uuid(), current_date, gen_random_uuid(), current_date, 'de', '<sent@test>', 'sent'),
                   (gen_random_uuid(), 'title_8w', gen_random_uuid(), current_date, gen_random_uuid(), current_date, 'de', '<pending@test>', 'pending')
            """);
        var before = await CountsAsync();
        var keepFor = _host.Api.Services.GetRequiredService<IOptions<AppointmentPurgeOptions>>().Value.KeepFor;
        var purge = _host.Api.Services.GetRequiredService<AppointmentDataPurge>();

        var tooEarly = await purge.PurgeAsync(BerlinTime.EndOf(day).AddDays(1), CancellationToken.None);
        var due = await purge.PurgeAsync(BerlinTime.EndOf(day) + keepFor + TimeSpan.FromDays(1), CancellationToken.None);
        var again = await purge.PurgeAsync(BerlinTime.EndOf(day) + keepFor + TimeSpan.FromDays(1), CancellationToken.None);
        var after = await CountsAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(keepFor, Is.GreaterThanOrEqualTo(TimeSpan.FromDays(7 * 104)), "the default keeps what the backlog views can look back on");
            Assert.That(tooEarly.Total, Is.Zero, "nothing within KeepFor");
            Assert.That((due.EmergencyRequests, due.Bookings, due.TriageRuns, due.Reminders), Is.EqualTo((2, 3, 1, 1)),
                "the seat given, the refusal at once; two bookings and the emergency one; the run; the sent reminder");
            Assert.That(due.Slots, Is.EqualTo(before.Slots), "every slot of that day");
            Assert.That(again.Total, Is.Zero);
            Assert.That(after, Is.EqualTo((Slots: 0L, Bookings: 0L, Requests: 1L, Reminders: 1L, Log: before.Log)),
                "the waiting request, the pending reminder and the booking log stay");
            Assert.That((string)(await _world.LookupAsync(waiting.Token)).Single()!["status"]!, Is.EqualTo("waiting"));
        });
    }

    private async Task<(long Slots, long Bookings, long Requests, long Reminders, long Log)> CountsAsync()
    {
        await using var connection = new NpgsqlConnection(_host.Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM app.appointment_slots), (SELECT count(*) FROM app.appointment_bookings), (SELECT count(*) FROM app.emergency_requests),
                   (SELECT count(*) FROM app.reminder_outbox), (SELECT count(*) FROM app.appointment_booking_log)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_host.Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
