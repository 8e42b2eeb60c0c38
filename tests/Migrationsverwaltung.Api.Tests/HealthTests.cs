using System.Net;
using System.Net.Http.Json;
using Migrationsverwaltung.Testing;

namespace Migrationsverwaltung.Api.Tests;

public sealed class HealthTests
{
    private string _database = null!;
    private ApiFactory _api = null!;

    [OneTimeSetUp]
    public async Task StartApi()
    {
        _database = await TestCluster.CreateDatabaseAsync("api_health");
        _api = ApiFactory.WithDatabase(_database);
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        await _api.DisposeAsync();
        await TestCluster.DropDatabaseAsync(_database);
    }

    [Test]
    public async Task When_asking_whether_the_process_is_live_Then_it_answers_200_live()
    {
        using var response = await _api.CreateClient().GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("""{"status":"live"}"""));
    }

    [Test]
    public async Task Given_a_reachable_database_When_asking_whether_the_api_is_ready_Then_it_answers_200_ready_once_the_store_is_migrated()
    {
        using var response = await _api.WaitUntilReadyAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadFromJsonAsync<Status>(), Is.EqualTo(new Status("ready")));
        await using var connection = new Npgsql.NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var tables = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'event_store' AND table_name IN ('mt_events', 'mt_streams', 'mt_event_progression')", connection);
        Assert.That(await tables.ExecuteScalarAsync(), Is.EqualTo(3L), "the event store is migrated at start-up");
    }

    private sealed record Status(string status);
}
