using System.Text.Json.Nodes;
using Migrationsverwaltung.Testing;
using Npgsql;

namespace Migrationsverwaltung.Cli.Tests;

/// <summary>mvw projections and mvw audit against a small seeded store, as an operator runs them.</summary>
public sealed class OperationsCommandTests
{
    private string _database = null!;

    [OneTimeSetUp]
    public async Task ASeededStore()
    {
        _database = await TestCluster.CreateDatabaseAsync("cli_operations");
        var seeded = await Mvw.RunAsync(null, "seed", "--cases", "150", "--offices", "2", "--years", "1", "--until", "2026-11-01", "--connection-string", _database);
        Assert.That(seeded.ExitCode, Is.Zero, seeded.Error);
    }

    [OneTimeTearDown]
    public Task Drop() => TestCluster.DropDatabaseAsync(_database);

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    [Test]
    public async Task Projections_status_lists_every_projection_with_its_lag_as_JSON()
    {
        var result = await Mvw.RunAsync(null, "projections", "status", "--json", "--connection-string", _database);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var statuses = JsonNode.Parse(result.Output)!.AsArray();
        Assert.That(statuses.Select(s => s!["name"]!.GetValue<string>()), Does.Contain("public_status"));
        Assert.That(statuses.Select(s => s!["deadLetters"]!.GetValue<long>()), Is.All.Zero);
    }

    [Test]
    public async Task An_inline_projection_is_rebuilt_from_zero_to_the_same_rows()
    {
        var before = await ScalarAsync<long>("SELECT count(*) FROM app.public_status");
        await using (var connection = new NpgsqlConnection(_database))
        {
            await connection.OpenAsync();
            await using var damage = new NpgsqlCommand("DELETE FROM app.public_status WHERE ctid IN (SELECT ctid FROM app.public_status LIMIT 10)", connection);
            Assert.That(await damage.ExecuteNonQueryAsync(), Is.EqualTo(10));
        }

        var result = await Mvw.RunAsync(null, "projections", "rebuild", "public_status", "--connection-string", _database);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM app.public_status"), Is.EqualTo(before));
    }

    [Test]
    public async Task A_dead_letter_is_listed_and_applied_again_on_retry()
    {
        await using (var connection = new NpgsqlConnection(_database))
        {
            await connection.OpenAsync();
            await using var park = new NpgsqlCommand("""
                INSERT INTO event_store.mt_dead_letters (projection_name, seq_id, tx_id, stream_id, event_type, error, attempts)
                SELECT 'public_status', seq_id, tx_id, stream_id, type, 'simulated failure', 3 FROM event_store.mt_events ORDER BY seq_id DESC LIMIT 1
                """, connection);
            await park.ExecuteNonQueryAsync();
        }

        var listed = await Mvw.RunAsync(null, "projections", "dead-letters", "--json", "--connection-string", _database);
        Assert.That(listed.ExitCode, Is.Zero, listed.Error);
        Assert.That(JsonNode.Parse(listed.Output)!.AsArray().Single()!["error"]!.GetValue<string>(), Is.EqualTo("simulated failure"));

        var retried = await Mvw.RunAsync(null, "projections", "dead-letters", "--retry", "--projection", "public_status", "--connection-string", _database);
        Assert.That(retried.ExitCode, Is.Zero, retried.Error + retried.Output);
        Assert.That(retried.Output, Does.Contain("1 retried, 1 applied, 0 failed again"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_dead_letters WHERE retried_at IS NULL"), Is.Zero);
    }

    [Test]
    public async Task Audit_history_and_as_of_replay_a_case_and_are_in_the_access_log()
    {
        var caseId = await ScalarAsync<Guid>("SELECT id FROM event_store.mt_streams WHERE type = 'case' ORDER BY version DESC LIMIT 1");

        var history = await Mvw.RunAsync(null, "audit", "history", caseId.ToString(), "--json", "--connection-string", _database);
        Assert.That(history.ExitCode, Is.Zero, history.Error);
        var events = JsonNode.Parse(history.Output)!["events"]!.AsArray();
        Assert.That(events[0]!["type"]!.GetValue<string>(), Is.EqualTo("application_received"));
        Assert.That(events.Select(e => e!["by"]?.GetValue<string>()), Has.None.Null);

        var asOf = await Mvw.RunAsync(null, "audit", "as-of", caseId.ToString(), "--version", "1", "--json", "--connection-string", _database);
        Assert.That(asOf.ExitCode, Is.Zero, asOf.Error);
        Assert.That(JsonNode.Parse(asOf.Output)!["state"]!["status"]!.GetValue<string>(), Is.EqualTo("Received"));
        var diff = await Mvw.RunAsync(null, "audit", "diff", caseId.ToString(), "--from", "1", "--to", "2", "--connection-string", _database);
        Assert.That(diff.ExitCode, Is.Zero, diff.Error);
        Assert.That(diff.Output, Does.Contain("$.status: \"Received\" →"));
        var reversed = await Mvw.RunAsync(null, "audit", "diff", caseId.ToString(), "--from", "2", "--to", "1", "--connection-string", _database);
        Assert.That((reversed.ExitCode, reversed.Error), Is.EqualTo((2, "mvw: from muss kleiner oder gleich to sein.\n")));
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM app.access_log WHERE user_id LIKE 'cli:%' AND '{caseId}' = ANY(subject_ids)"), Is.EqualTo(3));
    }

    [Test]
    public async Task Audit_bookings_lists_a_case_s_bookings_and_who_booked_and_moved_them()
    {
        var caseId = await ScalarAsync<Guid>("SELECT id FROM event_store.mt_streams WHERE type = 'case' ORDER BY id LIMIT 1");
        var (location, first, second, booking) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await ScalarAsync<int>($"""
            INSERT INTO app.appointment_locations (id, name, opening_hours) VALUES ('{location}', 'Hauptstelle', '[]');
            INSERT INTO app.appointment_slots (id, location_id, service, starts_at, ends_at, capacity, booked) VALUES
                ('{first}', '{location}', 'biometrics', '2026-12-01 08:00+01', '2026-12-01 08:20+01', 1, 0),
                ('{second}', '{location}', 'biometrics', '2026-12-02 08:00+01', '2026-12-02 08:20+01', 1, 1);
            INSERT INTO app.appointment_bookings (id, case_id, service, slot_id, status, requested_at, booked_at)
                VALUES ('{booking}', '{caseId}', 'biometrics', '{second}', 'active', '2026-11-20 10:00+01', '2026-11-21 09:00+01');
            INSERT INTO app.appointment_booking_log (at, booking_id, case_id, action, slot_id, previous_slot_id, actor, channel) VALUES
                ('2026-11-20 10:00+01', '{booking}', '{caseId}', 'booked', '{first}', NULL, 'public', 'public'),
                ('2026-11-21 09:00+01', '{booking}', '{caseId}', 'rescheduled', '{second}', '{first}', 'sb-7', 'office');
            SELECT 1;
            """);

        var json = await Mvw.RunAsync(null, "audit", "bookings", caseId.ToString(), "--json", "--connection-string", _database);
        var text = await Mvw.RunAsync(null, "audit", "bookings", caseId.ToString(), "--connection-string", _database);

        Assert.That(json.ExitCode, Is.Zero, json.Error);
        var view = JsonNode.Parse(json.Output)!;
        Assert.That(view["bookings"]!.AsArray().Single()!["slotId"]!.GetValue<Guid>(), Is.EqualTo(second));
        Assert.That(view["log"]!.AsArray().Select(e => $"{e!["action"]} {e["actor"]} {e["channel"]}"), Is.EqualTo(new[] { "booked public public", "rescheduled sb-7 office" }));
        Assert.That(text.Output, Does.Contain($"rescheduled booking {booking} slot {second} (was {first}) by sb-7 (office)"));
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM app.access_log WHERE user_id LIKE 'cli:%' AND use_case = 'GetCaseAppointments' AND '{caseId}' = ANY(subject_ids)"),
            Is.EqualTo(2), "the auditor's reads are in the access log");
    }

    [Test]
    public async Task Bad_arguments_get_the_usage_exit_code_and_a_clear_message()
    {
        var both = await Mvw.RunAsync(null, "audit", "as-of", Guid.NewGuid().ToString(), "--version", "1", "--at", "2026-01-01T00:00:00Z", "--connection-string", _database);
        Assert.That((both.ExitCode, both.Error), Is.EqualTo((2, "mvw: Give exactly one of --version or --at.\n")));
        var unknown = await Mvw.RunAsync(null, "audit", "history", Guid.NewGuid().ToString(), "--connection-string", _database);
        Assert.That(unknown.ExitCode, Is.EqualTo(2));
        Assert.That(unknown.Error, Does.Contain("No stream"));
        var projection = await Mvw.RunAsync(null, "projections", "rebuild", "no_such_projection", "--connection-string", _database);
        Assert.That(projection.ExitCode, Is.EqualTo(2));
        Assert.That(projection.Error, Does.Contain("Known:"));
        var notAGuid = await Mvw.RunAsync(null, "audit", "history", "not-a-guid", "--connection-string", _database);
        Assert.That(notAGuid.ExitCode, Is.EqualTo(2));
    }
}
