using System.Net;
using System.Text.Json.Nodes;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Views.CaseDetails;

/// <summary>The details page of a case: person, deadlines, participations, fees, timeline, next actions by role, the documents slot.</summary>
public sealed class CaseDetailsTests : ViewsTestBase
{
    private CaseDriver _participation = null!;
    private Guid _person;

    [OneTimeSetUp]
    public async Task Given_a_case_waiting_for_the_BA()
    {
        var stories = new ViewStories(Services, Clock);
        _person = await stories.PersonAsync("Haddad", "Lina", passportValidUntil: PinnedToday.AddYears(3));
        _participation = await stories.ReceivedAsync("AE_18B", PinnedToday.AddDays(-20), "sb-1", personId: _person);
        await stories.BaRequestedAsync(_participation, PinnedToday.AddDays(-3));
        await stories.ReadyForDecisionWithoutDeclaringAsync(_participation, PinnedToday.AddDays(-2));
    }

    [Test]
    public async Task The_caseworker_sees_the_whole_case_and_may_record_the_BA_answer_but_not_grant_yet()
    {
        var details = await DetailsAsync(await CaseworkerAsync(), _participation.CaseId);

        Assert.That(details["status"]!.GetValue<string>(), Is.EqualTo("Participation"));
        Assert.That(details["version"]!.GetValue<long>(), Is.EqualTo(_participation.Version));
        Assert.That(details["person"]!["familyName"]!.GetValue<string>(), Is.EqualTo("Haddad"));
        Assert.That(details["person"]!["passportValidUntil"]!.GetValue<string>(), Is.EqualTo(PinnedToday.AddYears(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var documents = details["documents"]!;
        Assert.That(documents["complete"]!.GetValue<bool>(), Is.False, "no file yet: nothing of the catalogue's list is there");
        Assert.That(documents["required"]!.AsArray().Select(d => d!["state"]!.GetValue<string>()), Is.Not.Empty.And.All.EqualTo("Missing"));
        Assert.That(documents["linked"]!.AsArray(), Is.Empty);
        var deadlines = details["deadlines"]!.AsArray().Select(d => d!["kind"]!.GetValue<string>()).ToList();
        Assert.That(deadlines, Does.Contain("BaConsentFiction").And.Contain("InactionLawsuitRisk"));
        var ba = details["participations"]!.AsArray().Single(p => p!["key"]!.GetValue<string>() == "ba")!;
        Assert.That(ba["open"]!.GetValue<bool>(), Is.True);
        Assert.That(details["fees"]!.AsArray().Single()!["outstandingCents"]!.GetValue<long>(), Is.Zero);
        Assert.That(details["timeline"]!.AsArray().Select(t => t!["version"]!.GetValue<long>()), Is.EqualTo(Enumerable.Range(1, (int)_participation.Version).Select(v => (long)v)));
        Assert.That(details["timeline"]!.AsArray()[0]!["type"]!.GetValue<string>(), Is.EqualTo("application_received"));
        var actions = Actions(details);
        Assert.That(actions, Does.Contain("RecordBaAnswer").And.Contain("RequestSecurityCheck").And.Contain("Park").And.Contain("Withdraw"));
        Assert.That(actions, Does.Not.Contain("Grant").And.Not.Contain("DeclareReadyForDecision").And.Not.Contain("ApplyBaConsentFiction"), "the BA is still open, its period still running");
        var park = details["nextActions"]!.AsArray().Single(a => a!["command"]!.GetValue<string>() == "Park")!;
        Assert.That(park["reasonRequired"]!.GetValue<bool>(), Is.True);
        Assert.That(park["href"]!.GetValue<string>(), Is.EqualTo($"/api/v1/cases/{_participation.CaseId}/parking").Or.StartWith($"/api/v1/cases/{_participation.CaseId}/"));
    }

    [Test]
    public async Task An_auditor_reads_the_details_but_gets_no_actions_and_the_read_is_logged()
    {
        var details = await DetailsAsync(await ClientAsync("rev-details", "Revision"), _participation.CaseId);

        Assert.That(details["nextActions"]!.AsArray(), Is.Empty);
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var log = new NpgsqlCommand("SELECT subject_ids FROM app.access_log WHERE user_id = 'rev-details' AND use_case = 'GetCaseDetails'", connection);
        Assert.That((Guid[])(await log.ExecuteScalarAsync())!, Is.EquivalentTo(new[] { _participation.CaseId, _person }));
    }

    [Test]
    public async Task A_fresh_case_in_the_pool_offers_the_completeness_check_and_taking_it_over()
    {
        var fresh = await new ViewStories(Services, Clock).ReceivedAsync("AE_28", PinnedToday);

        var actions = Actions(await DetailsAsync(await CaseworkerAsync(), fresh.CaseId));

        Assert.That(actions, Does.Contain("StartCompletenessCheck").And.Contain("AssignCase"));
        Assert.That(actions, Does.Not.Contain("RequestDocuments").And.Not.Contain("RecordBaAnswer").And.Not.Contain("Resume"));
    }

    [Test]
    public async Task Another_team_gets_403_and_an_unknown_case_404()
    {
        using var other = await (await ClientAsync("sb-x", "Sachbearbeitung", OtherTeam)).GetAsync($"/api/v1/cases/{_participation.CaseId}/details");
        using var unknown = await (await CaseworkerAsync()).GetAsync($"/api/v1/cases/{Guid.NewGuid()}/details");

        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static List<string> Actions(JsonObject details) => details["nextActions"]!.AsArray().Select(a => a!["command"]!.GetValue<string>()).ToList();

    private static async Task<JsonObject> DetailsAsync(HttpClient client, Guid caseId)
    {
        using var response = await client.GetAsync($"/api/v1/cases/{caseId}/details");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }
}
