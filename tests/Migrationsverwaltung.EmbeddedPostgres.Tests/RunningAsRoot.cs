using System.Runtime.Versioning;

namespace Migrationsverwaltung.EmbeddedPostgres.Tests;

[UnsupportedOSPlatform("windows")]
public sealed class RunningAsRoot
{
    [Test]
    public async Task Given_a_directory_the_postgres_user_cannot_enter_When_started_Then_the_cluster_lives_behind_a_link_and_stops_by_it()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            Assert.Ignore("Only root runs the server as another user; a normal user owns its directories.");
        }
        await using var directory = new ClusterDirectory();
        File.SetUnixFileMode(directory.Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var server = await EmbeddedPostgresServer.StartAsync(directory.Options());
        await EmbeddedPostgresServer.StopAsync(directory.Data);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new DirectoryInfo(directory.Data).LinkTarget, Is.EqualTo(server.DataDirectory));
            Assert.That(File.Exists(Path.Combine(server.DataDirectory, "postmaster.pid")), Is.False, "stopped through the link");
        }
    }
}
