using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Migrationsverwaltung.Api.Appointments.Triage;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Api.Tests.Status;
using Migrationsverwaltung.Domain.Calendar;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Appointments;

/// <summary>
/// The fast lane through the API: requests lodged online with the status token, triage handing out the day's free
/// emergency seats by urgency, reasoned answers, the queue, and runs that never give a seat twice. Each test has its
/// own database, because a triage run takes every waiting request of the office.
/// </summary>
public sealed class EmergencyTriageTests
{
    private readonly List<AppointmentHost> _hosts = [];

    [TearDown]
    public async Task Stop()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
        _hosts.Clear();
    }

    private async Task<(TriageWorld World, string Database, ApiFactory Api)> StartAsync(string name)
    {
        var host = await AppointmentHost.StartAsync($"{nameof(EmergencyTriageTests)}_{name}");
        _hosts.Add(host);
        var world = new TriageWorld(host.Api);
        await world.SetUpAsync();
        return (world, host.Database, host.Api);
    }

    [Test]
    public async Task Given_three_emergency_seats_and_five_emergencies_When_triage_runs_Then_the_most_urgent_get_the_earliest_seats_and_the_rest_wait_ranked()
    {
        var (t, database, _) = await StartAsync("order");
        var day = AppointmentWorld.WorkingDay(3);
        var seats = await t.OpenEmergencySeatsAsync(day, 3);
        var today = TriageWorld.Today;
        var applicants = new List<(Guid CaseId, string Token)>();
        for (var i = 0; i < 6; i++)
        {
            applicants.Add(await t.World.RegisteredCaseAsync());
        }
        // Lodged in this order; urgency: lost document (always first among today's dates), then the nearest dates.
        var pickupIn10 = await t.LodgeAsync(applicants[0].Token, "EatPickup", today.AddDays(10));
        var jobIn4 = await t.LodgeAsync(applicants[1].Token, "JobStarts", today.AddDays(4));
        var later = await t.LodgeAsync(applicants[2].Token, "TitleExpiresSoon", today.AddDays(200));
        var expiresIn2 = await t.LodgeAsync(applicants[3].Token, "TitleExpiresSoon", today.AddDays(2));
        var lost = await t.LodgeAsync(applicants[4].Token, "LostDocument", null);
        var pickupIn10Later = await t.LodgeAsync(applicants[5].Token, "EatPickup", today.AddDays(10));

        var waitingBefore = await t.QueueAsync("waiting");
        var run = await t.RunAsync(day);
        var again = await t.RunAsync(day);

        Assert.Multiple(async () =>
        {
            Assert.That((string)later["status"]!, Is.EqualTo("declined"), "no emergency: answered at once");
            Assert.That((string)later["answer"]!, Does.Contain("regulären Termin"));
            Assert.That(waitingBefore.Select(r => (string)r!["requestId"]!), Is.EqualTo(new[] { lost, expiresIn2, jobIn4, pickupIn10, pickupIn10Later }.Select(r => (string)r["requestId"]!)),
                "the queue in triage order");
            Assert.That(waitingBefore.Select(r => (int)r!["queuePosition"]!), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
            Assert.That(((int)run["seats"]!, (int)run["slotsGiven"]!, (int)run["declined"]!, (int)run["stillWaiting"]!), Is.EqualTo((3, 3, 0, 2)));
            Assert.That(((int)again["seats"]!, (int)again["slotsGiven"]!, (int)again["stillWaiting"]!), Is.EqualTo((0, 0, 2)), "a second run finds no free seat and gives nothing twice");

            var given = new[] { (lost, applicants[4].Token), (expiresIn2, applicants[3].Token), (jobIn4, applicants[1].Token) };
            for (var i = 0; i < given.Length; i++)
            {
                var mine = (await t.LookupAsync(given[i].Token)).Single()!;
                Assert.That((string)mine["status"]!, Is.EqualTo("slot_given"));
                Assert.That((string)mine["appointment"]!["slotId"]!, Is.EqualTo(seats[i].ToString()), "the most urgent gets the earliest seat");
                Assert.That((string)mine["appointment"]!["localDate"]!, Is.EqualTo(day.ToString("yyyy-MM-dd")));
                Assert.That((string)mine["answer"]!, Does.Contain(day.ToString("dd.MM.yyyy")));
                Assert.That((string)mine["caseId"]!, Is.EqualTo(Guid.Empty.ToString()), "the public answer names no case");
            }
            var stillWaiting = await t.LookupAsync(applicants[0].Token);
            Assert.That(((string)stillWaiting[0]!["status"]!, (int?)stillWaiting[0]!["queuePosition"]), Is.EqualTo(("waiting", (int?)1)));
            Assert.That((string)stillWaiting[0]!["answer"]!, Does.Contain("Platz 1"), "a waiting request is told where it stands");
            Assert.That((await BookingsAsync(database)).Select(b => b.CaseId), Is.EquivalentTo(new[] { applicants[4].CaseId, applicants[3].CaseId, applicants[1].CaseId }));
            Assert.That((await BookingsAsync(database)).All(b => b.RequestedAt < b.BookedAt), "the waiting time starts at the request, for the service standard");
        });

        var nextDay = WorkingDays.NextAfter(day);
        await t.OpenEmergencySeatsAsync(nextDay, 5);
        var next = await t.RunAsync(nextDay);
        Assert.That(((int)next["slotsGiven"]!, (int)next["stillWaiting"]!), Is.EqualTo((2, 0)), "the next day's seats go to those still waiting");
        Assert.That(await t.QueueAsync("waiting"), Is.Empty);
        Assert.That(await t.QueueAsync("slot_given"), Has.Count.EqualTo(5));
    }

    [Test]
    public async Task Two_triage_runs_at_once_hand_out_each_seat_once()
    {
        var (t, database, _) = await StartAsync("race");
        var day = AppointmentWorld.WorkingDay(4);
        await t.OpenEmergencySeatsAsync(day, 2);
        for (var i = 0; i < 5; i++)
        {
            await t.LodgeAsync((await t.World.RegisteredCaseAsync()).Token, "JobStarts", TriageWorld.Today.AddDays(i + 1));
        }

        var runs = await Task.WhenAll(t.RunAsync(day), t.RunAsync(day));

        Assert.Multiple(async () =>
        {
            Assert.That(runs.Sum(r => (int)r["slotsGiven"]!), Is.EqualTo(2));
            Assert.That(await BookingsAsync(database), Has.Count.EqualTo(2));
            Assert.That(await t.QueueAsync("waiting"), Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task Requests_are_checked_and_one_waiting_request_per_case_is_kept()
    {
        var (t, _, _) = await StartAsync("input");
        var (_, token) = await t.World.RegisteredCaseAsync();
        var today = TriageWorld.Today;

        using var noDate = await t.LodgeRawAsync(new { statusToken = token, reason = "TitleExpiresSoon" });
        using var badReason = await t.LodgeRawAsync(new { statusToken = token, reason = "Bored", deadline = today });
        using var farAway = await t.LodgeRawAsync(new { statusToken = token, reason = "JobStarts", deadline = today.AddYears(2) });
        using var unknownToken = await t.LodgeRawAsync(new { statusToken = "ABCD-EFGH-JKMN-P", reason = "LostDocument" });
        using var unknownField = await t.LodgeRawAsync(new { statusToken = token, reason = "LostDocument", caseId = Guid.NewGuid() });
        var first = await t.LodgeAsync(token, "LostDocument", null);
        using var second = await t.LodgeRawAsync(new { statusToken = token, reason = "JobStarts", deadline = today.AddDays(1) });
        using var badStatus = await t.World.Caseworker.GetAsync("/api/v1/emergency-requests?status=everything");
        using var pastDay = await t.World.Caseworker.CommandAsync("/api/v1/emergency-triage", new { day = today.AddDays(-1) });

        Assert.Multiple(async () =>
        {
            Assert.That(noDate.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await noDate.Content.ReadAsStringAsync(), Does.Contain("Datum"));
            Assert.That(badReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(farAway.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unknownToken.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(unknownField.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string)first["status"]!, Is.EqualTo("waiting"));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(await second.Content.ReadAsStringAsync(), Does.Contain("bereits eine Notfallanfrage"));
            Assert.That(badStatus.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(pastDay.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            foreach (var response in new[] { noDate, badReason, farAway, unknownToken, second, badStatus, pastDay })
            {
                Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            }
        });
    }

    [Test]
    public async Task The_scheduled_run_triages_once_per_working_day_after_its_hour()
    {
        var (t, _, api) = await StartAsync("schedule");
        var day = AppointmentWorld.WorkingDay(5);
        await t.OpenEmergencySeatsAsync(day, 1);
        await t.LodgeAsync((await t.World.RegisteredCaseAsync()).Token, "LostDocument", null);
        var settings = new TriageOptions { Enabled = true, RunAt = new TimeOnly(5, 0) };
        TriageWorker At(DateOnly date, int hour) => new(api.Services.GetRequiredService<TriageDesk>(), api.Services.GetRequiredService<NpgsqlDataSource>(),
            api.Services.GetRequiredService<Migrationsverwaltung.Api.Infrastructure.EventSourcing.EventStoreReadiness>(),
            Options.Create(settings), new MovableClock(BerlinTime.StartOf(date).AddHours(hour)), api.Services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<TriageWorker>>());
        var sunday = day.AddDays(7 - (int)day.DayOfWeek);

        var tooEarly = await At(day, 4).RunIfDueAsync(settings, CancellationToken.None);
        var onSunday = await At(sunday, 9).RunIfDueAsync(settings, CancellationToken.None);
        var due = await At(day, 5).RunIfDueAsync(settings, CancellationToken.None);
        var repeated = await At(day, 6).RunIfDueAsync(settings, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(tooEarly, Is.Null);
            Assert.That(onSunday, Is.Null);
            Assert.That(due, Is.Not.Null);
            Assert.That((due!.Seats, due.SlotsGiven), Is.EqualTo((1, 1)));
            Assert.That(repeated, Is.Null, "once a day");
            Assert.That(await t.QueueAsync("slot_given"), Has.Count.EqualTo(1));
        });
    }

    private static async Task<List<(Guid CaseId, DateTimeOffset RequestedAt, DateTimeOffset BookedAt)>> BookingsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT case_id, requested_at, booked_at FROM app.appointment_bookings WHERE service = 'emergency' AND status = 'active'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(Guid, DateTimeOffset, DateTimeOffset)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2)));
        }
        return rows;
    }
}
