using System.Net;
using System.Net.Http.Json;

namespace Migrationsverwaltung.Api.Tests;

public sealed class HealthTests : ApiTestBase
{
    [Test]
    public async Task When_asking_whether_the_process_is_live_Then_it_answers_200_live()
    {
        using var response = await Api.CreateClient().GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("""{"status":"live"}"""));
    }

    [Test]
    public async Task Given_a_reachableDatabase_When_asking_whether_the_api_is_ready_Then_it_answers_200_ready_once_the_store_is_migrated()
    {
        using var response = await Api.WaitUntilReadyAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadFromJsonAsync<Status>(), Is.EqualTo(new Status("ready")));
        await using var connection = new Npgsql.NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var tables = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'event_store' AND table_name IN ('mt_events', 'mt_streams', 'mt_event_progression')", connection);
        Assert.That(await tables.ExecuteScalarAsync(), Is.EqualTo(3L), "the event store is migrated at start-up");
    }

    private sealed record Status(string status);
}
