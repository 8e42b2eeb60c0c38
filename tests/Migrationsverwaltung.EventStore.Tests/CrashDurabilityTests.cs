using System.Collections.Concurrent;
using System.Diagnostics;
using Migrationsverwaltung.EmbeddedPostgres;
using Npgsql;

namespace Migrationsverwaltung.EventStore.Tests;

/// <summary>A durable cluster of its own, killed with SIGKILL mid-write: every acknowledged append survives.</summary>
[NonParallelizable]
public sealed class CrashDurabilityTests
{
    [Test]
    public async Task Given_writers_appending_When_the_server_is_killed_Then_every_acknowledged_append_is_there_after_restart_and_no_transaction_is_torn()
    {
        var directory = Path.Combine("/tmp", $"mvw-crash-{Guid.NewGuid():N}"[..20], "pg");
        var options = new EmbeddedPostgresOptions { DataDirectory = directory, Durable = true };
        var server = await EmbeddedPostgresServer.StartAsync(options);
        try
        {
            var acknowledged = new ConcurrentBag<(Guid Stream, long Version)>();
            await using (var dataSource = NpgsqlDataSource.Create(server.ConnectionString()))
            {
                var store = new EventStore(dataSource, TestRegistry.Create());
                await store.InitializeAsync();
                using var crash = new CancellationTokenSource();
                var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
                {
                    var stream = Guid.NewGuid();
                    var version = 0L;
                    while (!crash.IsCancellationRequested)
                    {
                        try
                        {
                            await store.AppendAsync(stream, version, [new MoneyDeposited(1), new MoneyDeposited(2)]);
                            version += 2;
                            acknowledged.Add((stream, version));
                        }
                        catch (Exception)
                        {
                            return; // the server is gone; what was not acknowledged may or may not be there
                        }
                    }
                })).ToArray();
                await Task.Delay(1500);
                KillPostmaster(server.DataDirectory);
                await crash.CancelAsync();
                await Task.WhenAll(writers);
            }
            NpgsqlConnection.ClearAllPools();
            Assert.That(acknowledged, Is.Not.Empty);

            server = await EmbeddedPostgresServer.StartAsync(options);
            await using var restarted = NpgsqlDataSource.Create(server.ConnectionString());
            var reopened = new EventStore(restarted, TestRegistry.Create());
            foreach (var stream in acknowledged.GroupBy(a => a.Stream))
            {
                var events = await reopened.ReadStreamAsync(stream.Key);
                Assert.That(events, Has.Count.GreaterThanOrEqualTo(stream.Max(a => a.Version)), "acknowledged events lost");
                Assert.That(events.Count % 2, Is.Zero, "a transaction was torn");
                Assert.That(events.Select(e => e.Version), Is.EqualTo(Enumerable.Range(1, events.Count).Select(v => (long)v)));
            }
            TestContext.Out.WriteLine($"{acknowledged.Count} acknowledged appends survived the crash");
        }
        finally
        {
            await server.StopAsync();
            Directory.Delete(Path.GetDirectoryName(directory)!, recursive: true);
        }
    }

    private static void KillPostmaster(string dataDirectory)
    {
        var pid = int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
        var id = pid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Every server process at once, as in a power cut: the backends (children) and the postmaster.
        using (var children = Process.Start("pkill", ["-9", "-P", id]))
        {
            children.WaitForExit();
        }
        using (var postmaster = Process.Start("kill", ["-9", id]))
        {
            postmaster.WaitForExit();
        }
        // Wait until the process is reaped, so the restart sees a stale pid file and not a dying server.
        for (var i = 0; i < 200 && Directory.Exists($"/proc/{pid}"); i++)
        {
            Thread.Sleep(50);
        }
    }
}
