using System.Net;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;

namespace Migrationsverwaltung.Api.Tests.AuditTrail;

/// <summary>An auditor replays a case over HTTP: every event with who, when, why, command and correlation id; state as of a version or instant; the diff.</summary>
public sealed class AuditHistoryTests : ApiTestBase
{
    private HttpClient _caseworker = null!;
    private HttpClient _auditor = null!;
    private string _caseUrl = null!;
    private Guid _caseId;

    [OneTimeSetUp]
    public async Task ACaseWithAHistory()
    {
        (await Api.WaitUntilReadyAsync()).Dispose();
        await CaseDriver.EstablishOfficeAsync(Api.Services);
        _caseworker = await Api.ClientAsAsync("sb-7", "Sachbearbeitung", CaseDriver.Team);
        _auditor = await Api.ClientAsAsync("rev-1", "Revision");
        using var created = await _caseworker.CommandAsync("/api/v1/cases", new
        {
            personId = Guid.NewGuid(), officeId = CaseDriver.Office, teamId = CaseDriver.Team, titleCode = "NE_9", kind = "FirstIssue", channel = "Post",
            receivedOn = DateOnly.FromDateTime(DateTime.UtcNow),
        });
        _caseUrl = created.Headers.Location!.ToString();
        _caseId = Guid.Parse(_caseUrl.Split('/')[^1]);
        var version = created.ETag();
        using var registered = await _caseworker.CommandAsync($"{_caseUrl}/registration", null, version);
        var request = HttpClientExtensions.Request($"{_caseUrl}/withdrawal", """{"onApplicantsBehalf":true,"reason":"Antrag telefonisch zurückgenommen"}""", registered.ETag());
        request.Headers.Add("X-Correlation-Id", "audit-test-42");
        using var withdrawn = await _caseworker.SendAsync(request);
        Assert.That(withdrawn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await withdrawn.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_history_names_who_when_why_the_command_and_the_correlation_id_of_every_event()
    {
        using var response = await _auditor.GetAsync($"/api/v1/audit/streams/{_caseId}/history");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var view = await response.JsonAsync();
        var events = view["events"]!.AsArray();

        Assert.That(view["kind"]!.GetValue<string>(), Is.EqualTo("case"));
        Assert.That(events.Select(e => e!["version"]!.GetValue<long>()), Is.EqualTo(Enumerable.Range(1, events.Count).Select(i => (long)i)));
        Assert.That(events.Select(e => e!["by"]!.GetValue<string>()), Is.All.EqualTo("sb-7"));
        var last = events[^1]!;
        Assert.That(last["type"]!.GetValue<string>(), Is.EqualTo("case_withdrawn"));
        Assert.That(last["reason"]!.GetValue<string>(), Is.EqualTo("Antrag telefonisch zurückgenommen"));
        Assert.That(last["command"]!.GetValue<string>(), Is.EqualTo("WithdrawApplication").Or.Contains("Withdraw"));
        Assert.That(last["correlationId"]!.GetValue<string>(), Is.EqualTo("audit-test-42"));
        Assert.That(events[0]!["command"]!.GetValue<string>(), Is.EqualTo("ReceiveApplication"));
    }

    [Test]
    public async Task The_stored_data_leaves_out_the_case_id_and_actor_that_the_envelope_holds_and_the_events_read_whole()
    {
        await using var connection = new Npgsql.NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(*), count(*) FILTER (WHERE data ? 'case_id' OR data ? 'by'), count(*) FILTER (WHERE user_name = 'sb-7') " +
            "FROM event_store.mt_events WHERE stream_id = $1", connection) { Parameters = { new() { Value = _caseId } } };
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var stored = (Events: reader.GetInt64(0), WithDuplicates: reader.GetInt64(1), ByCaseworker: reader.GetInt64(2));

        Assert.That(stored, Is.EqualTo((3L, 0L, 3L)), "docs/adr/0014: the case id and the actor are stored once, in the envelope");
        using var history = await _auditor.GetAsync($"/api/v1/audit/streams/{_caseId}/history");
        var events = (await history.JsonAsync())["events"]!.AsArray();
        Assert.That(events.Select(e => e!["by"]!.GetValue<string>()), Is.All.EqualTo("sb-7"));
        using var state = await _auditor.GetAsync($"/api/v1/audit/streams/{_caseId}/state?version=3");
        Assert.That(state.StatusCode, Is.EqualTo(HttpStatusCode.OK), await state.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_state_as_of_a_version_or_an_instant_is_the_state_then()
    {
        using var v1 = await _auditor.GetAsync($"/api/v1/audit/streams/{_caseId}/state?version=1");
        var first = await v1.JsonAsync();
        Assert.That(first["state"]!["status"]!.GetValue<string>(), Is.EqualTo("Received"));

        using var history = await _auditor.GetAsync($"/api/v1/audit/streams/{_caseId}/history");
        var events = (await history.JsonAsync())["events"]!.AsArray();
        var at = events[1]!["at"]!.GetValue<DateTimeOffset>();
        using var then = await _auditor.GetAsync($"/api/v1/audit/streams/{_caseId}/state?at={Uri.EscapeDataString(at.ToString("O"))}");
        var atThen = await then.JsonAsync();
        Assert.That(atThen["version"]!.GetValue<long>(), Is.GreaterThanOrEqualTo(2));
        Assert.That(atThen["state"]!["status"]!.GetValue<string>(), Is.Not.EqualTo("Received"));
        using var before = await _auditor.GetAsync($"/api/v1/audit/streams/{_caseId}/state?at={Uri.EscapeDataString(at.AddYears(-1).ToString("O"))}");
        Assert.That((await before.JsonAsync())["version"]!.GetValue<long>(), Is.Zero);
    }

    [Test]
    public async Task The_diff_shows_the_changed_fields_and_the_events_between()
    {
        using var history = await _auditor.GetAsync($"/api/v1/audit/streams/{_caseId}/history");
        var to = (await history.JsonAsync())["version"]!.GetValue<long>();

        using var response = await _auditor.GetAsync($"/api/v1/audit/streams/{_caseId}/diff?from=1&to={to}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var diff = await response.JsonAsync();
        var status = diff["changes"]!.AsArray().Single(c => c!["path"]!.GetValue<string>() == "$.status")!;
        Assert.That((status["before"]!.GetValue<string>(), status["after"]!.GetValue<string>()), Is.EqualTo(("Received", "Withdrawn")));
        Assert.That(diff["eventsBetween"]!.AsArray().Select(e => e!.GetValue<string>()).Last(), Does.EndWith("case_withdrawn"));
        using var same = await _auditor.GetAsync($"/api/v1/audit/streams/{_caseId}/diff?from=2&to=2");
        Assert.That((await same.JsonAsync())["changes"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Every_audit_read_is_in_the_access_log()
    {
        using var _ = await _auditor.GetAsync($"/api/v1/audit/streams/{_caseId}/history");
        using var log = await _auditor.GetAsync($"/api/v1/access-log?subject={_caseId}&user=rev-1");
        Assert.That((await log.Content.ReadAsStringAsync()), Does.Contain("GetStreamHistory"));
    }

    [TestCase("version=1&at=2026-01-01T00:00:00Z")]
    [TestCase("")]
    [TestCase("version=-1")]
    public async Task A_state_query_needs_exactly_one_of_version_or_at(string query)
    {
        using var response = await _auditor.GetAsync($"/api/v1/audit/streams/{_caseId}/state?{query}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Bad_diffs_unknown_streams_and_other_roles_are_refused()
    {
        using var reversed = await _auditor.GetAsync($"/api/v1/audit/streams/{_caseId}/diff?from=3&to=1");
        Assert.That(reversed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        using var beyond = await _auditor.GetAsync($"/api/v1/audit/streams/{_caseId}/diff?from=1&to=999");
        Assert.That(beyond.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        using var unknown = await _auditor.GetAsync($"/api/v1/audit/streams/{Guid.NewGuid()}/history");
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        using var caseworker = await _caseworker.GetAsync($"/api/v1/audit/streams/{_caseId}/history");
        Assert.That(caseworker.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
