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
    public async Task Given_a_reachable_database_When_asking_whether_the_api_is_ready_Then_it_answers_200_ready()
    {
        using var response = await _api.CreateClient().GetAsync("/health/ready");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadFromJsonAsync<Status>(), Is.EqualTo(new Status("ready")));
    }

    private sealed record Status(string status);
}
