using System.Diagnostics;
using System.Net;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Appointments;

public sealed class AppointmentBookingTests
{
    private AppointmentHost _host = null!;
    private AppointmentWorld _world = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await AppointmentHost.StartAsync(nameof(AppointmentBookingTests));
        _world = new AppointmentWorld(_host.Api);
        await _world.SetUpAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task Given_100_applicants_racing_for_the_last_seat_When_they_book_at_once_Then_exactly_one_gets_it_and_99_get_a_clear_409()
    {
        var day = AppointmentWorld.WorkingDay(1);
        await _world.OpenAsync(day, day, seats: 1);
        var slot = Guid.Parse((string)(await _world.SlotsAsync(day))[0]!["slotId"]!);
        var cases = new List<(Guid CaseId, string Token)>();
        for (var i = 0; i < 100; i++)
        {
            cases.Add(await _world.RegisteredCaseAsync());
        }

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = cases.Select(async c =>
        {
            await gate.Task;
            using var response = await _world.BookPubliclyAsync(c.Token, slot);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        var clock = Stopwatch.StartNew();
        gate.SetResult();
        var responses = await Task.WhenAll(attempts);
        clock.Stop();

        var won = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.Conflict).ToList();
        TestContext.Out.WriteLine($"CONTENTION 100 parallel bookings of one seat: {won} created, {refused.Count} conflicts in {clock.ElapsedMilliseconds} ms ({100_000.0 / clock.ElapsedMilliseconds:0} requests/s)");
        var (capacity, booked, active) = await SlotStateAsync(slot);
        Assert.Multiple(() =>
        {
            Assert.That(won, Is.EqualTo(1), string.Join("\n", responses.Where(r => r.StatusCode != HttpStatusCode.Conflict).Select(r => $"{r.StatusCode} {r.Body}")));
            Assert.That(refused, Has.Count.EqualTo(99));
            Assert.That(refused.All(r => r.Body.Contains("ausgebucht", StringComparison.Ordinal)), "each refusal says the slot is full");
            Assert.That((capacity, booked, active), Is.EqualTo((1, 1, 1L)));
        });
    }

    [Test]
    public async Task The_database_refuses_more_bookings_than_seats_even_to_a_direct_update()
    {
        var day = AppointmentWorld.WorkingDay(2);
        await _world.OpenAsync(day, day, seats: 2);
        var slot = Guid.Parse((string)(await _world.SlotsAsync(day))[0]!["slotId"]!);
        await using var connection = new NpgsqlConnection(_host.Database);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand($"UPDATE app.appointment_slots SET booked = 3 WHERE id = '{slot}'", connection);

        var error = Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        Assert.That(error!.SqlState, Is.EqualTo(PostgresErrorCodes.CheckViolation));
    }

    [Test]
    public async Task A_case_holds_one_active_booking_per_service_cancelling_frees_the_seat_and_the_log_names_who_did_what()
    {
        var day = AppointmentWorld.WorkingDay(3);
        await _world.OpenAsync(day, day, seats: 1);
        var slots = await _world.SlotsAsync(day);
        var (first, second) = (Guid.Parse((string)slots[0]!["slotId"]!), Guid.Parse((string)slots[1]!["slotId"]!));
        var (caseId, token) = await _world.RegisteredCaseAsync();

        using var booked = await _world.BookPubliclyAsync(token, first);
        using var again = await _world.BookPubliclyAsync(token, second);
        var bookingId = Guid.Parse((string)(await booked.JsonAsync())["bookingId"]!);
        using var cancelled = await _world.Anonymous.CommandAsync($"/api/v1/public/appointments/{bookingId}/cancellation", new { statusToken = token });
        using var other = await _world.RegisteredCaseAsync() is var o ? await _world.BookPubliclyAsync(o.Token, first) : null!;
        using var byOffice = await _world.Caseworker.CommandAsync($"/api/v1/cases/{caseId}/appointments", new { slotId = second });
        var officeBooking = Guid.Parse((string)(await byOffice.JsonAsync())["bookingId"]!);
        using var history = await _world.Caseworker.GetAsync($"/api/v1/cases/{caseId}/appointments");
        var log = (await history.JsonAsync())["log"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(booked.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a second biometrics booking of the same case");
            Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the cancelled seat is free for someone else");
            Assert.That(byOffice.StatusCode, Is.EqualTo(HttpStatusCode.Created), "after cancelling, the case may book again");
            Assert.That(log.Select(e => $"{e!["action"]}/{e["channel"]}/{e["actor"]}"),
                Is.EqualTo(new[] { "booked/public/public", "cancelled/public/public", "booked/office/sb-1" }));
            Assert.That((string)log[2]!["bookingId"]!, Is.EqualTo(officeBooking.ToString()));
        });
    }

    [Test]
    public async Task Rescheduling_moves_the_seat_and_refuses_a_full_slot()
    {
        var day = AppointmentWorld.WorkingDay(4);
        await _world.OpenAsync(day, day, seats: 1);
        var slots = await _world.SlotsAsync(day);
        var (a, b, c) = (Guid.Parse((string)slots[0]!["slotId"]!), Guid.Parse((string)slots[1]!["slotId"]!), Guid.Parse((string)slots[2]!["slotId"]!));
        var mine = await _world.RegisteredCaseAsync();
        var theirs = await _world.RegisteredCaseAsync();
        using var booked = await _world.BookPubliclyAsync(mine.Token, a);
        using var taken = await _world.BookPubliclyAsync(theirs.Token, c);
        var bookingId = (string)(await booked.JsonAsync())["bookingId"]!;

        using var toFull = await _world.Anonymous.CommandAsync($"/api/v1/public/appointments/{bookingId}/rescheduling", new { statusToken = mine.Token, slotId = c });
        using var moved = await _world.Anonymous.CommandAsync($"/api/v1/public/appointments/{bookingId}/rescheduling", new { statusToken = mine.Token, slotId = b });
        using var wrongToken = await _world.Anonymous.CommandAsync($"/api/v1/public/appointments/{bookingId}/cancellation", new { statusToken = theirs.Token });

        Assert.Multiple(async () =>
        {
            Assert.That(toFull.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());
            Assert.That(wrongToken.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "another case's token does not open this booking");
            Assert.That((await SlotStateAsync(a)).Booked, Is.Zero);
            Assert.That((await SlotStateAsync(b)).Booked, Is.EqualTo(1));
            Assert.That((await SlotStateAsync(c)).Booked, Is.EqualTo(1));
        });
    }

    [TestCase("ABCD-EFGH-JKMN-P", TestName = "A well-formed unknown token gets the one refusal")]
    [TestCase("not a token", TestName = "A malformed token gets the one refusal")]
    public async Task Unknown_tokens_are_refused_alike(string token)
    {
        var day = AppointmentWorld.WorkingDay(5);
        await _world.OpenAsync(day, day, seats: 1);
        var slot = Guid.Parse((string)(await _world.SlotsAsync(day))[0]!["slotId"]!);

        using var response = await _world.BookPubliclyAsync(token, slot);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Zu diesem Status-Token können keine Termine gebucht werden"));
        });
    }

    [Test]
    public async Task Moving_capacity_never_moves_booked_seats_and_blocked_slots_take_no_bookings()
    {
        var day = AppointmentWorld.WorkingDay(6);
        await _world.OpenAsync(day, day, seats: 2);
        var slots = await _world.SlotsAsync(day);
        var (a, b) = (Guid.Parse((string)slots[0]!["slotId"]!), Guid.Parse((string)slots[1]!["slotId"]!));
        using var booked = await _world.BookPubliclyAsync((await _world.RegisteredCaseAsync()).Token, a);

        using var tooMany = await _world.Caseworker.CommandAsync($"/api/v1/appointment-slots/{a}/capacity-moves", new { toSlotId = b, seats = 2 });
        using var one = await _world.Caseworker.CommandAsync($"/api/v1/appointment-slots/{a}/capacity-moves", new { toSlotId = b, seats = 1 });
        using var block = await _world.Caseworker.CommandAsync($"/api/v1/appointment-slots/{b}/blocking", new { blocked = true });
        using var onBlocked = await _world.BookPubliclyAsync((await _world.RegisteredCaseAsync()).Token, b);

        Assert.Multiple(async () =>
        {
            Assert.That(tooMany.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(one.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await SlotStateAsync(a), Is.EqualTo((1, 1, 1L)));
            Assert.That((await SlotStateAsync(b)).Capacity, Is.EqualTo(3));
            Assert.That(block.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(onBlocked.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(await onBlocked.Content.ReadAsStringAsync(), Does.Contain("gesperrt"));
        });
    }

    [Test]
    public async Task A_caseworker_of_another_team_cannot_book_for_the_case()
    {
        var day = AppointmentWorld.WorkingDay(7);
        await _world.OpenAsync(day, day, seats: 1);
        var slot = Guid.Parse((string)(await _world.SlotsAsync(day))[0]!["slotId"]!);
        var (caseId, _) = await _world.RegisteredCaseAsync();
        var stranger = await _host.Api.ClientAsAsync("sb-9", "Sachbearbeitung", Guid.NewGuid());

        using var response = await stranger.CommandAsync($"/api/v1/cases/{caseId}/appointments", new { slotId = slot });

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await SlotStateAsync(slot)).Booked, Is.Zero);
        });
    }

    [Test]
    public async Task The_public_listing_shows_free_slots_in_Berlin_time_only()
    {
        var day = AppointmentWorld.WorkingDay(8);
        await _world.OpenAsync(day, day, seats: 1, service: "Counselling");
        var slots = await _world.SlotsAsync(day, "counselling");
        using var full = await _world.BookPubliclyAsync((await _world.RegisteredCaseAsync()).Token, Guid.Parse((string)slots[0]!["slotId"]!));

        using var response = await _world.Anonymous.GetAsync($"/api/v1/public/appointment-slots?service=counselling&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}");
        var free = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(free, Has.Count.EqualTo(slots.Count - 1));
            Assert.That((string)free[0]!["localTime"]!, Is.EqualTo("08:30"));
        });
    }

    [Test]
    public async Task The_service_standard_measures_the_wait_from_booking_to_appointment()
    {
        var day = AppointmentWorld.WorkingDay(9);
        await _world.OpenAsync(day, day, seats: 1);
        var slots = await _world.SlotsAsync(day);
        using var booked = await _world.BookPubliclyAsync((await _world.RegisteredCaseAsync()).Token, Guid.Parse((string)slots[3]!["slotId"]!));
        var view = await booked.JsonAsync();
        var expectedDays = (DateTimeOffset.Parse((string)view["startsAt"]!, System.Globalization.CultureInfo.InvariantCulture) - DateTimeOffset.UtcNow).TotalDays;

        using var response = await _world.Caseworker.GetAsync($"/api/v1/appointment-service-standard?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}");
        var figures = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Single(f => (string)f!["service"]! == "biometrics")!;

        Assert.Multiple(() =>
        {
            Assert.That((int)figures["appointments"]!, Is.EqualTo(1));
            Assert.That((double)figures["medianDays"]!, Is.EqualTo(expectedDays).Within(0.01));
            Assert.That((double)figures["shareWithin14Days"]!, Is.EqualTo(expectedDays <= 14 ? 1.0 : 0.0));
        });
    }

    [Test]
    public async Task Emergency_slots_are_not_booked_online_but_the_office_may_give_them()
    {
        var day = AppointmentWorld.WorkingDay(10);
        await _world.OpenAsync(day, day, seats: 1, service: "Emergency");
        var slot = Guid.Parse((string)(await _world.SlotsAsync(day, "emergency"))[0]!["slotId"]!);
        var (caseId, token) = await _world.RegisteredCaseAsync();

        using var online = await _world.BookPubliclyAsync(token, slot);
        using var byOffice = await _world.Caseworker.CommandAsync($"/api/v1/cases/{caseId}/appointments", new { slotId = slot });

        Assert.Multiple(async () =>
        {
            Assert.That(online.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(await online.Content.ReadAsStringAsync(), Does.Contain("Notfallanfrage"));
            Assert.That(byOffice.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the refused attempt left the seat free");
        });
    }

    private async Task<(int Capacity, int Booked, long Active)> SlotStateAsync(Guid slot)
    {
        await using var connection = new NpgsqlConnection(_host.Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT capacity, booked, (SELECT count(*) FROM app.appointment_bookings WHERE slot_id = s.id AND status = 'active')
            FROM app.appointment_slots s WHERE id = '{slot}'
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2));
    }
}
