using System.Net;
using System.Text.Json.Nodes;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Api.Views.Expiring;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Views.Expiring;

/// <summary>Persons whose title or passport expires within N weeks and who have no open case.</summary>
public sealed class ExpiringDocumentsTests : ViewsTestBase
{
    private Guid _titleSoon;
    private Guid _passportSoonWithCase;
    private Guid _titleLater;
    private Guid _onTheLastDay;
    private Guid _caseEnded;
    private Guid _movedAway;
    private Guid _expiredYesterday;

    [OneTimeSetUp]
    public async Task Given_persons_with_titles_and_passports_expiring()
    {
        var stories = new ViewStories(Services, Clock);
        _titleSoon = await stories.PersonAsync("Nowak", "Jan", titleValidUntil: PinnedToday.AddDays(21));
        _passportSoonWithCase = await stories.PersonAsync("Haddad", "Lina", passportValidUntil: PinnedToday.AddDays(35));
        await stories.ReceivedAsync("AE_28", PinnedToday.AddDays(-5), personId: _passportSoonWithCase, currentTitleValidUntil: PinnedToday.AddDays(60));
        _titleLater = await stories.PersonAsync("Öztürk", "Emre", titleValidUntil: PinnedToday.AddDays(7 * 20));
        _onTheLastDay = await stories.PersonAsync("Silva", "Ana", passportValidUntil: PinnedToday.AddDays(7 * 12));
        _caseEnded = await stories.PersonAsync("Kim", "Min", titleValidUntil: PinnedToday.AddDays(10));
        var ended = await stories.ReceivedAsync("AE_28", PinnedToday.AddDays(-40), personId: _caseEnded);
        await stories.WithdrawnAsync(ended, PinnedToday.AddDays(-2));
        _movedAway = await stories.PersonAsync("Weg", "Zug", titleValidUntil: PinnedToday.AddDays(14));
        await new CaseDriver(Services, CaseDriver.Caseworker()).SendAsync(new Api.Persons.RecordMoveAway.Command { PersonId = _movedAway, ExpectedVersion = 2, NewOfficeCode = "05111000" });
        _expiredYesterday = await stories.PersonAsync("Gestern", "Abgelaufen", titleValidUntil: PinnedToday.AddDays(-1));
        await WaitForAsyncProjectionsAsync(ExpiringDocumentsProjection.ProjectionName);
    }

    [Test]
    public async Task Within_12_weeks_the_list_holds_those_without_an_open_case_earliest_first_last_day_included()
    {
        var list = await GetAsync(await CaseworkerAsync("sb-remind"), "weeks=12");

        Assert.That(Ids(list), Is.EqualTo(new[] { _caseEnded, _titleSoon, _onTheLastDay }));
        Assert.That(list["total"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(list["until"]!.GetValue<string>(), Is.EqualTo("2026-12-23"));
        Assert.That(Ids(list), Does.Not.Contain(_passportSoonWithCase).And.Not.Contain(_movedAway).And.Not.Contain(_expiredYesterday));
        Assert.That(await AccessLoggedAsync("sb-remind"), Is.SupersetOf(new[] { _titleSoon, _caseEnded, _onTheLastDay }));
    }

    [Test]
    public async Task More_weeks_reach_further_and_fewer_weeks_less_far()
    {
        var client = await CaseworkerAsync();

        Assert.That(Ids(await GetAsync(client, "weeks=26")), Does.Contain(_titleLater));
        Assert.That(Ids(await GetAsync(client, "weeks=2")), Is.EqualTo(new[] { _caseEnded }));
        Assert.That(Ids(await GetAsync(client, "weeks=12&limit=1")), Is.EqualTo(new[] { _caseEnded }));
    }

    [Test]
    public async Task A_rebuild_from_zero_equals_the_incrementally_built_tables()
    {
        var before = await SnapshotAsync(ExpiringDocumentsProjection.Persons, ExpiringDocumentsProjection.OpenCases);
        Assert.That(before[ExpiringDocumentsProjection.Persons], Has.Count.EqualTo(7));

        await RebuildAsyncProjectionAsync(ExpiringDocumentsProjection.ProjectionName);

        Assert.That(await SnapshotAsync(ExpiringDocumentsProjection.Persons, ExpiringDocumentsProjection.OpenCases), Is.EqualTo(before));
    }

    [TestCase("weeks=0")]
    [TestCase("weeks=105")]
    [TestCase("weeks=twelve")]
    [TestCase("weeks=-3")]
    [TestCase("limit=0")]
    [TestCase("limit=1001")]
    public async Task N_out_of_range_is_a_400(string query)
    {
        using var response = await (await CaseworkerAsync()).GetAsync($"/api/v1/persons/expiring?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    private static Guid[] Ids(JsonObject list) => list["persons"]!.AsArray().Select(p => p!["personId"]!.GetValue<Guid>()).ToArray();

    private async Task<Guid[]> AccessLoggedAsync(string user)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT subject_ids FROM app.access_log WHERE user_id = $1 AND use_case = 'GetExpiringDocuments'", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = user });
        return (Guid[])(await command.ExecuteScalarAsync())!;
    }

    private static async Task<JsonObject> GetAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/v1/persons/expiring?{query}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }
}
