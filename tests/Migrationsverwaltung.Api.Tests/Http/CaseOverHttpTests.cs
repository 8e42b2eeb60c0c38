using System.Net;
using Migrationsverwaltung.Api.Tests.Cases;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Http;

/// <summary>A case from application to zdA over HTTP with real tokens, ETags and ProblemDetails.</summary>
public sealed class CaseOverHttpTests : ApiTestBase
{
    private static readonly DateOnly Today = Domain.Calendar.BerlinTime.DateOf(DateTimeOffset.UtcNow);
    private static readonly Guid Team = CaseDriver.Team;

    [OneTimeSetUp]
    public async Task Organisation()
    {
        (await Api.WaitUntilReadyAsync()).Dispose();
        await CaseDriver.EstablishOfficeAsync(Api.Services);
    }

    [Test]
    public async Task A_case_runs_from_application_to_zdA_over_HTTP()
    {
        var sb = await Api.ClientAsAsync("sb-1", "Sachbearbeitung", Team);
        using var person = await sb.CommandAsync("/api/v1/persons", new
        {
            officeId = CaseDriver.Office, familyName = "Rahimi", givenNames = "Sara", birthDate = "1995-02-14", birthPlace = "Herat",
            sex = "Female", nationality = "AFG", address = new { street = "Ostwall", houseNumber = "3", postalCode = "47798", city = "Musterstadt", country = "DEU" },
        });
        Assert.That(person.StatusCode, Is.EqualTo(HttpStatusCode.Created), await person.Content.ReadAsStringAsync());
        var personId = (await person.JsonAsync())["streamId"]!.GetValue<Guid>();

        using var created = await sb.CommandAsync("/api/v1/cases", new
        {
            personId, officeId = CaseDriver.Office, teamId = Team, titleCode = "NE_9", kind = "FirstIssue", channel = "Counter", receivedOn = Today,
        }, idempotencyKey: $"case-{Guid.NewGuid()}");
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var caseUrl = created.Headers.Location!.ToString();
        var version = created.ETag();

        async Task Step(string action, object? body = null)
        {
            using var response = await sb.CommandAsync($"{caseUrl}/{action}", body, version);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{action}: {await response.Content.ReadAsStringAsync()}");
            version = response.ETag();
        }

        await Step("registration");
        await Step("completeness-check");
        await Step("completeness-confirmation");
        var fee = Guid.NewGuid();
        using (var charged = await sb.CommandAsync($"{caseUrl}/fees", new { feeId = fee, kind = "Issue" }, version))
        {
            Assert.That(charged.StatusCode, Is.EqualTo(HttpStatusCode.OK), await charged.Content.ReadAsStringAsync());
            version = charged.ETag();
            var cents = long.Parse((await charged.JsonAsync())["extra"]!["amount_cents"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
            await Step("fee-payments", new { feeId = fee, amountCents = cents });
        }
        await Step("identity-check");
        await Step("fingerprints");
        await Step("signature");
        await Step("appearance-completion");
        await Step("ready-for-decision");
        await Step("grant", new { validUntil = Today.AddYears(10) });
        await Step("eat-orders", new { express = true, directDispatch = false });
        await Step("eat-production");
        await Step("eat-delivery-to-office");
        await Step("ready-for-pickup");
        await Step("handover");
        await Step("closure");

        using var read = await sb.GetAsync(caseUrl);
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(read.ETag(), Is.EqualTo(version));
        Assert.That((await read.JsonAsync())["state"]!["status"]!.ToString(), Is.EqualTo("Closed").Or.EqualTo("23"));
    }

    [TestCase("O'Brien'; DROP TABLE event_store.mt_events; --", "Cork")]
    [TestCase("عبد الله", "حلب")]
    [TestCase("Nguyễn", "Đà Nẵng")]
    [TestCase("Zoë\u0308 \u202Eevil", "Kraków")]
    public async Task Names_in_any_script_are_accepted_and_read_back_exactly(string familyName, string birthPlace)
    {
        var sb = await Api.ClientAsAsync("sb-1", "Sachbearbeitung", Team);
        using var created = await sb.CommandAsync("/api/v1/persons", new
        {
            officeId = CaseDriver.Office, familyName, birthDate = "1980-01-01", birthPlace, sex = "Unspecified", nationality = "IRL",
            address = new { street = "Hauptstraße", houseNumber = "1", postalCode = "47798", city = "Musterstadt", country = "DEU" },
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());

        using var read = await sb.GetAsync(created.Headers.Location);
        var state = (await read.JsonAsync())["state"]!;

        Assert.That(state["familyName"]!.GetValue<string>(), Is.EqualTo(familyName));
        Assert.That(state["birthPlace"]!.GetValue<string>(), Is.EqualTo(birthPlace));
    }

    [Test]
    public async Task A_retried_POST_with_its_Idempotency_Key_returns_the_first_answer_and_changes_nothing()
    {
        var sb = await Api.ClientAsAsync("sb-1", "Sachbearbeitung", Team);
        var key = $"retry-{Guid.NewGuid()}";
        var body = new { personId = Guid.NewGuid(), officeId = CaseDriver.Office, teamId = Team, titleCode = "AE_16B", kind = "FirstIssue", channel = "Online", receivedOn = Today };

        using var first = await sb.CommandAsync("/api/v1/cases", body, idempotencyKey: key);
        using var retry = await sb.CommandAsync("/api/v1/cases", body, idempotencyKey: key);
        using var registered = await sb.CommandAsync($"{first.Headers.Location}/registration", null, 1, idempotencyKey: key + "-r");
        using var registeredAgain = await sb.CommandAsync($"{first.Headers.Location}/registration", null, 1, idempotencyKey: key + "-r");
        using var otherBody = await sb.CommandAsync("/api/v1/cases", body with { titleCode = "AE_18B" }, idempotencyKey: key);

        Assert.That((first.StatusCode, retry.StatusCode), Is.EqualTo((HttpStatusCode.Created, HttpStatusCode.Created)));
        Assert.That(retry.Headers.Location, Is.EqualTo(first.Headers.Location));
        Assert.That((await retry.JsonAsync()).ToJsonString(), Is.EqualTo((await first.JsonAsync()).ToJsonString()));
        Assert.That(registeredAgain.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a retried change does not fail on its own old version");
        Assert.That((await registeredAgain.JsonAsync())["version"]!.GetValue<long>(), Is.EqualTo(2));
        Assert.That(otherBody.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM event_store.mt_events WHERE stream_id = $1", connection)
        {
            Parameters = { new() { Value = Guid.Parse(first.Headers.Location!.ToString().Split('/')[^1]) } },
        };
        Assert.That(await count.ExecuteScalarAsync(), Is.EqualTo(2L), "received once, registered once");
    }

    [Test]
    public async Task Two_clients_with_the_same_ETag_exactly_one_wins_the_other_gets_412()
    {
        var sb = await Api.ClientAsAsync("sb-1", "Sachbearbeitung", Team);
        var sb2 = await Api.ClientAsAsync("sb-2", "Sachbearbeitung", Team);
        using var created = await sb.CommandAsync("/api/v1/cases", new
        {
            personId = Guid.NewGuid(), officeId = CaseDriver.Office, teamId = Team, titleCode = "AE_18B", kind = "FirstIssue", channel = "Post", receivedOn = Today,
        });
        var url = created.Headers.Location!.ToString();

        var answers = await Task.WhenAll(
            sb.CommandAsync($"{url}/registration", null, 1),
            sb2.CommandAsync($"{url}/parking", null, 1));

        var statuses = answers.Select(a => a.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == HttpStatusCode.OK), Is.EqualTo(1), string.Join(", ", statuses));
        Assert.That(statuses.Count(s => s is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict), Is.EqualTo(1), string.Join(", ", statuses));
    }

    [Test]
    public async Task A_change_without_If_Match_is_428_and_a_stale_one_412_with_problem_details()
    {
        var sb = await Api.ClientAsAsync("sb-1", "Sachbearbeitung", Team);
        using var created = await sb.CommandAsync("/api/v1/cases", new
        {
            personId = Guid.NewGuid(), officeId = CaseDriver.Office, teamId = Team, titleCode = "AE_18B", kind = "FirstIssue", channel = "Post", receivedOn = Today,
        });
        var url = created.Headers.Location!.ToString();

        using var unknown = await sb.CommandAsync($"/api/v1/cases/{Guid.NewGuid()}/registration", null, 1);
        using var unknownRead = await sb.GetAsync($"/api/v1/cases/{Guid.NewGuid()}");
        Assert.That((unknown.StatusCode, unknownRead.StatusCode), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.NotFound)), "unknown ids are 404");
        using var missing = await sb.CommandAsync($"{url}/registration", null);
        using var stale = await sb.CommandAsync($"{url}/registration", null, 7);

        Assert.That(missing.StatusCode, Is.EqualTo((HttpStatusCode)428));
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That(stale.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await stale.JsonAsync();
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("Version 7"));
        Assert.That(problem["traceId"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, "every problem carries a trace id");
        Assert.That(problem.ToJsonString(), Does.Not.Contain("   at "), "never a stack trace");
    }
}
