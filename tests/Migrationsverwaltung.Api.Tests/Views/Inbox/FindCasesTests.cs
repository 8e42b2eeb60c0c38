using System.Net;
using System.Text.Json.Nodes;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Views.Inbox;

/// <summary>Lookup by file number and by name: team scope, any spelling of the name, the access log entry for names.</summary>
public sealed class FindCasesTests : ViewsTestBase
{
    private Guid _person;
    private CaseDriver _case = null!;
    private CaseDriver _closed = null!;

    [OneTimeSetUp]
    public async Task Given_a_person_with_an_open_and_a_closed_case()
    {
        var stories = new ViewStories(Services, Clock);
        _person = await stories.PersonAsync("Müller-Şahin", "Ayşe Nur");
        _case = await stories.ReceivedAsync("AE_28", PinnedToday.AddDays(-3), "sb-1", personId: _person);
        _closed = await stories.ReceivedAsync("AE_16B", PinnedToday.AddDays(-60), "sb-1", personId: _person);
        await stories.WithdrawnAsync(_closed, PinnedToday.AddDays(-30));
        await stories.PersonAsync("Müller", "Jan");
    }

    [Test]
    public async Task A_file_number_finds_its_case_open_or_closed_in_any_letter_case()
    {
        var client = await CaseworkerAsync("sb-2");
        var fileNumber = _closed.Last is null ? null : await FileNumberAsync(_closed.CaseId);

        var found = await GetAsync(client, $"fileNumber={fileNumber!.ToLowerInvariant()}");

        var only = found["cases"]!.AsArray().Single()!;
        Assert.That(only["caseId"]!.GetValue<Guid>(), Is.EqualTo(_closed.CaseId));
        Assert.That(only["status"]!.GetValue<string>(), Is.EqualTo("Closed"));
        Assert.That(found["persons"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_name_in_another_spelling_finds_the_person_with_both_cases_and_the_read_is_in_the_access_log()
    {
        var client = await CaseworkerAsync("sb-lookup");

        var found = await GetAsync(client, "familyName=MULLER%20SAHIN&givenNames=ayse");

        var person = found["persons"]!.AsArray().Single()!;
        Assert.That(person["personId"]!.GetValue<Guid>(), Is.EqualTo(_person));
        Assert.That(person["familyName"]!.GetValue<string>(), Is.EqualTo("Müller-Şahin"));
        Assert.That(person["cases"]!.AsArray().Select(c => c!["caseId"]!.GetValue<Guid>()), Is.EquivalentTo(new[] { _case.CaseId, _closed.CaseId }));
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var log = new NpgsqlCommand("SELECT use_case, subject_ids FROM app.access_log WHERE user_id = 'sb-lookup'", connection);
        await using var reader = await log.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True, "an access log entry");
        Assert.That(reader.GetString(0), Is.EqualTo("FindCases"));
        Assert.That(reader.GetFieldValue<Guid[]>(1), Does.Contain(_person).And.Contain(_case.CaseId));
    }

    [Test]
    public async Task Another_team_finds_nothing_and_an_auditor_finds_everything()
    {
        var other = await ClientAsync("sb-x", "Sachbearbeitung", OtherTeam);
        var auditor = await ClientAsync("rev-1", "Revision");

        var none = await GetAsync(other, "familyName=muller");
        var all = await GetAsync(auditor, "familyName=muller");

        Assert.That(none["persons"]!.AsArray(), Is.Empty);
        Assert.That(all["persons"]!.AsArray(), Is.Empty, "Jan Müller has no case; the auditor sees persons with cases only");
        Assert.That((await GetAsync(auditor, "familyName=m%C3%BCller-%C5%9Fahin"))["persons"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [TestCase("")]
    [TestCase("fileNumber=ABH-2026-000001&familyName=Muster")]
    [TestCase("givenNames=Jan")]
    [TestCase("fileNumber=ABH%27%3B--")]
    [TestCase("familyName=%20%20")]
    public async Task A_bad_lookup_is_a_400(string query)
    {
        using var response = await (await CaseworkerAsync()).GetAsync($"/api/v1/cases/search?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    private async Task<string> FileNumberAsync(Guid caseId)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT file_number FROM views.case_directory WHERE case_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = caseId });
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<JsonObject> GetAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/v1/cases/search?{query}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }
}
