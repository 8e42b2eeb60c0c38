using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.EventStore;
using Migrationsverwaltung.EventStore.Projections;
using Migrationsverwaltung.Testing;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests;

/// <summary>/health/ready turns 503 while an async projection lags, naming the open transaction that holds it back.</summary>
public sealed class ReadinessLagTests
{
    [Test]
    public async Task Given_a_long_write_transaction_elsewhere_When_events_wait_behind_it_Then_ready_is_503_naming_that_backend_until_it_ends()
    {
        var database = await TestCluster.CreateDatabaseAsync("ready_lag");
        var other = await TestCluster.CreateDatabaseAsync("ready_blocker");
        try
        {
            await using var api = new ApiFactory(new Dictionary<string, string?> { ["ConnectionStrings:EventStore"] = database, ["Health:MaxProjectionLag"] = "0" })
                .WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddProjection(new IgnoringProjection(), ProjectionLifecycle.Async)));
            var client = api.CreateClient();
            await WaitForAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK);
            await CaseDriver.EstablishOfficeAsync(api.Services);
            await WaitForAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK);

            await using var blocker = new NpgsqlConnection(other);
            await blocker.OpenAsync();
            await using var transaction = await blocker.BeginTransactionAsync();
            await using (var write = new NpgsqlCommand("CREATE TABLE hold (x int); INSERT INTO hold VALUES (1)", blocker))
            {
                await write.ExecuteNonQueryAsync();
            }
            await new CaseDriver(api.Services, CaseDriver.Caseworker()).ReceiveAsync("AE_18B", DateOnly.FromDateTime(DateTime.UtcNow));

            // The oldest open transaction cluster-wide is named; another test assembly's short write (a CREATE DATABASE)
            // may be older for a moment, so ask until it has ended and ours is the oldest.
            ProblemDetails? problem = null;
            HttpStatusCode status = default;
            await WaitForAsync(async () =>
            {
                using var lagging = await client.GetAsync("/health/ready");
                status = lagging.StatusCode;
                problem = await lagging.Content.ReadFromJsonAsync<ProblemDetails>();
                return status != HttpStatusCode.ServiceUnavailable || problem?.Detail?.Contains($"backend {blocker.ProcessID} ", StringComparison.Ordinal) == true;
            });
            Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(problem!.Title, Is.EqualTo("Projections lag behind"));
            Assert.That(problem.Detail, Does.Contain($"backend {blocker.ProcessID} ").And.Contain("ignoring"));

            await transaction.CommitAsync();
            await WaitForAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK);
        }
        finally
        {
            await TestCluster.DropDatabaseAsync(other);
            await TestCluster.DropDatabaseAsync(database);
        }
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 150; i++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail("condition not reached in 15 s");
    }

    private sealed class IgnoringProjection : IProjection
    {
        public string Name => "ignoring";
        public Task EnsureSchemaAsync(NpgsqlConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task ApplyAsync(NpgsqlConnection connection, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task ResetAsync(NpgsqlConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
