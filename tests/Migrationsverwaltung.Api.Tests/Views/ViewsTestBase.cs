using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.EventStore.Daemon;
using Microsoft.Extensions.Configuration;
using Migrationsverwaltung.Api.Tests.Auth;
using Migrationsverwaltung.Domain.Common;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Views;

/// <summary>The API on its own database with the clock pinned to <see cref="PinnedToday"/>; the office and its team set up.</summary>
public abstract class ViewsTestBase : ApiTestBase
{
    /// <summary>A Wednesday.</summary>
    public static readonly DateOnly PinnedToday = new(2026, 9, 30);

    public static readonly Guid OtherTeam = Guid.Parse("7e7e7e7e-0000-0000-0000-000000000002");

    internal PinnedClock Clock { get; } = new(PinnedToday);

    internal WebApplicationFactory<Program> App { get; private set; } = null!;

    internal IServiceProvider Services => App.Services;

    [OneTimeSetUp]
    public async Task StartPinnedApi()
    {
        App = await StartAsync();
        await CaseDriver.EstablishOfficeAsync(Services);
        await new CaseDriver(Services, new("admin-1", Role.Administration, Guid.Empty))
            .SendAsync(new Organisation.FormTeam.Command { OfficeId = CaseDriver.Office, ExpectedVersion = 2, TeamId = OtherTeam, Name = "Aufenthalt Nord" });
    }

    private async Task<WebApplicationFactory<Program>> StartAsync()
    {
        // Tokens are minted with the real clock (the JWT handler checks their lifetime against it), not the pinned one.
        var app = Api.WithWebHostBuilder(builder => builder
            .ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(TestTokens.Settings)
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Views:BacklogSummaryCacheMilliseconds"] = BacklogSummaryCacheMilliseconds }))
            .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
        BeforeStart(app);
        var client = app.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetAsync("/health/ready")).StatusCode != System.Net.HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        return app;
    }

    /// <summary>Stops the API (its daemon too), lets the test change the database meanwhile, and starts it again: a deployment.</summary>
    internal async Task RestartAsync(Func<Task> whileStopped)
    {
        await App.DisposeAsync();
        await whileStopped();
        App = await StartAsync();
    }

    /// <summary>The summary cache's time; "0" (off) unless a fixture tests the cache through the API.</summary>
    internal virtual string BacklogSummaryCacheMilliseconds => "0";

    /// <summary>For fixtures that need more of the host than the in-memory server (a real Kestrel port for a browser).</summary>
    internal virtual void BeforeStart(WebApplicationFactory<Program> app)
    {
    }

    [OneTimeTearDown]
    public async Task StopPinnedApi() => await App.DisposeAsync();

    [SetUp]
    public void ResetClock() => Clock.SetDay(PinnedToday);

    internal Task<HttpClient> ClientAsync(string userId, string role, Guid? team = null)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = TestTokens.Bearer(new Actor(userId, Enum.Parse<Role>(role), team ?? Guid.Empty));
        return Task.FromResult(client);
    }

    internal Task<HttpClient> TeamLeadAsync() => ClientAsync("tl-1", "Teamleitung", CaseDriver.Team);

    internal Task<HttpClient> CaseworkerAsync(string userId = "sb-1") => ClientAsync(userId, "Sachbearbeitung", CaseDriver.Team);

    internal async Task WaitForAsyncProjectionsAsync(params string[] names)
    {
        var caughtUp = await Services.GetRequiredService<ProjectionControl>().WaitForCatchUpAsync(names, TimeSpan.FromSeconds(60));
        Assert.That(caughtUp, Is.True, $"{string.Join(", ", names)} caught up");
    }

    /// <summary>Every row of the tables, as text, in a stable order: what "the same state" means for a rebuild.</summary>
    internal async Task<Dictionary<string, List<string>>> SnapshotAsync(params string[] tables)
    {
        var snapshot = new Dictionary<string, List<string>>();
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT t::text FROM {table} t ORDER BY 1", connection);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
            snapshot[table] = rows;
        }
        return snapshot;
    }

    /// <summary>Rebuild of an async projection through the daemon, as an operator would request it.</summary>
    internal async Task RebuildAsyncProjectionAsync(string name)
    {
        await Services.GetRequiredService<ProjectionControl>().RequestRebuildAsync(name);
        await WaitForAsyncProjectionsAsync(name);
    }

    /// <summary>
    /// Rebuild of an inline projection: its tables reset, then every event replayed from zero by a daemon of its
    /// own in pages (other batch boundaries than the one-command batches it saw inline).
    /// </summary>
    internal async Task RebuildInlineProjectionAsync(string name)
    {
        var projection = Services.GetServices<ProjectionRegistration>().Single(r => r.Projection.Name == name).Projection;
        var store = Services.GetRequiredService<EventStore.EventStore>();
        await using (var connection = await store.DataSource.OpenConnectionAsync())
        {
            await projection.ResetAsync(connection, CancellationToken.None);
        }
        await using (var daemon = new ProjectionDaemon(store, Database, [projection], new DaemonOptions { BatchSize = 7, MaxPollInterval = TimeSpan.FromMilliseconds(50) }))
        {
            daemon.Start();
            Assert.That(await new ProjectionControl(store).WaitForCatchUpAsync([name], TimeSpan.FromSeconds(60)), Is.True, $"{name} replayed");
        }
        await using var cleanup = store.DataSource.CreateCommand("DELETE FROM event_store.mt_event_progression WHERE name = $1");
        cleanup.Parameters.Add(new NpgsqlParameter { Value = name });
        await cleanup.ExecuteNonQueryAsync();
    }
}
