using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Migrationsverwaltung.Testing;

namespace Migrationsverwaltung.Api.Tests.Documents.Scanning;

/// <summary>/health/ready with clamd configured: ready while clamd answers PING, 503 when it does not.</summary>
public sealed class ClamdReadinessTests
{
    [Test]
    public async Task Given_clamd_configured_When_it_runs_and_then_stops_Then_ready_turns_from_200_to_503_naming_the_scanner()
    {
        var database = await TestCluster.CreateDatabaseAsync("clamd_ready");
        try
        {
            await using var clamd = await ClamdProcess.StartAsync();
            await using var api = new ApiFactory(new Dictionary<string, string?>
            {
                ["ConnectionStrings:EventStore"] = database,
                ["Documents:Clamd:Socket"] = clamd.SocketPath,
            });

            using var ready = await api.WaitUntilReadyAsync();
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK));

            await clamd.StopAsync();
            using var unready = await api.CreateClient().GetAsync("/health/ready");
            var problem = await unready.Content.ReadFromJsonAsync<ProblemDetails>();

            Assert.That(unready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(problem!.Title, Is.EqualTo("Virus scanner unavailable"));
            Assert.That(problem.Detail, Does.Contain($"unix:{clamd.SocketPath}"));
        }
        finally
        {
            await TestCluster.DropDatabaseAsync(database);
        }
    }
}
