using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Migrationsverwaltung.Testing;

namespace Migrationsverwaltung.Api.Tests.Deploy;

[Category("Deploy")]
public sealed class RunningThePublishedBuild
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Given_the_env_file_example_When_the_published_build_starts_like_the_systemd_unit_Then_it_becomes_ready()
    {
        var unit = SystemdFiles.Read(Repository.File("deploy", "migrationsverwaltung.service"));
        var environment = SystemdFiles.Read(Repository.File("deploy", "migrationsverwaltung.env.example"));
        var (workingDirectory, dll) = Launch(unit);
        var database = await TestCluster.CreateDatabaseAsync("deploy");
        var port = FreePort();
        // Only what differs on this machine: the database and a free port.
        environment["ConnectionStrings__EventStore"] = database;
        environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var home = Directory.CreateTempSubdirectory("mvw-home-");
        try
        {
            using var published = await PublishedApi.FindOrPublishAsync();
            var start = new ProcessStartInfo(Dotnet.Host) { WorkingDirectory = published.Folder };
            start.ArgumentList.Add(Path.Combine(published.Folder, Path.GetRelativePath(workingDirectory, dll)));
            start.Environment.Clear();
            // systemd gives a service PATH and HOME besides its EnvironmentFile; nothing else of this test run.
            start.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH");
            start.Environment["HOME"] = home.FullName;
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
            await using var api = ChildProcess.Start(start);

            var status = await PollReadyAsync(api, new Uri($"http://127.0.0.1:{port}/health/ready"));

            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), $"The published API's output:\n{api.Output}");
        }
        finally
        {
            home.Delete(recursive: true);
            await TestCluster.DropDatabaseAsync(database);
        }
    }

    /// <summary>The unit must start the dll from its working directory, as the test does from the publish folder.</summary>
    private static (string WorkingDirectory, string Dll) Launch(Dictionary<string, string> unit)
    {
        var execStart = unit["ExecStart"].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var workingDirectory = unit["WorkingDirectory"];
        Assert.That(execStart, Has.Length.EqualTo(2), "ExecStart=/usr/bin/dotnet <dll>");
        Assert.That(Path.GetFileName(execStart[0]), Is.EqualTo("dotnet"));
        Assert.That(execStart[1], Does.StartWith(workingDirectory + "/").And.EndsWith(".dll"));
        return (workingDirectory, execStart[1]);
    }

    private static async Task<HttpStatusCode?> PollReadyAsync(ChildProcess api, Uri ready)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        HttpStatusCode? last = null;
        while (deadline.Elapsed < ReadyTimeout && !api.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(ready);
                last = response.StatusCode;
                if (last == HttpStatusCode.OK)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // a slow first answer (cold start on a loaded machine): ask again, like systemd's or a balancer's probe would
            }
            await Task.Delay(250);
        }
        return last;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
