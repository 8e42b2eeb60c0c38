using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Infrastructure;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests;

public sealed class EmbeddedDatabaseTests
{
    private string _root = null!;

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateDirectory(Path.Combine("/tmp", $"mvw-api-{Guid.NewGuid():N}"[..16])).FullName;

    [TearDown]
    public async Task RemoveRoot()
    {
        await EmbeddedPostgres.EmbeddedPostgresServer.StopAsync(Path.Combine(_root, "pg"));
        Directory.Delete(_root, recursive: true);
    }

    [Test]
    public async Task Given_no_connection_string_When_the_api_starts_Then_it_runs_its_own_cluster_with_the_database_and_stops_it_on_shutdown()
    {
        var dataDirectory = Path.Combine(_root, "pg");
        var api = new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:EventStore"] = "",
            ["EmbeddedPostgres:DataDirectory"] = dataDirectory,
        });

        using var ready = await api.WaitUntilReadyAsync();
        var database = api.Services.GetRequiredService<DatabaseConnection>();
        var connectionString = database.ConnectionString;
        await api.DisposeAsync();

        var stopped = await StoppedWithinAsync(dataDirectory, TimeSpan.FromSeconds(30));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(database.IsEmbedded, Is.True);
            Assert.That(new NpgsqlConnectionStringBuilder(connectionString).Database, Is.EqualTo("migrationsverwaltung"));
            Assert.That(File.Exists(Path.Combine(dataDirectory, "PG_VERSION")), Is.True, "the cluster lives where configured");
            Assert.That(stopped, Is.True, "stopped with the host");
        }
    }

    /// <summary>
    /// The factory's dispose can return while the app's own shutdown (app.Run's finally, on another thread)
    /// is still disposing the services, so the test waits for the server to go away.
    /// </summary>
    private static async Task<bool> StoppedWithinAsync(string dataDirectory, TimeSpan timeout)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        for (var waited = TimeSpan.Zero; waited < timeout; waited += TimeSpan.FromMilliseconds(100))
        {
            if (!File.Exists(pidFile))
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }
}
