using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc;

namespace Migrationsverwaltung.Api.Tests;

public sealed class UnreachableDatabaseTests
{
    [Test]
    public async Task Given_no_database_listens_When_asking_whether_the_api_is_ready_Then_it_answers_503_problem_details()
    {
        await using var api = ApiFactory.WithDatabase(
            $"Host=127.0.0.1;Port={UnusedPort()};Username=nobody;Password=x;Database=nothing;Timeout=3");

        using var response = await api.CreateClient().GetAsync("/health/ready");
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem?.Status, Is.EqualTo(503));
            Assert.That(problem?.Title, Is.EqualTo("Database unavailable"));
        }
    }

    [Test]
    public async Task Given_no_database_listens_When_asking_whether_the_process_is_live_Then_it_still_answers_200()
    {
        await using var api = ApiFactory.WithDatabase($"Host=127.0.0.1;Port={UnusedPort()};Username=nobody;Password=x;Database=nothing");

        using var response = await api.CreateClient().GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
