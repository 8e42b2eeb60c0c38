using Migrationsverwaltung.EmbeddedPostgres;

namespace Migrationsverwaltung.EmbeddedPostgres.Tests;

/// <summary>
/// A fresh folder under /tmp for one test's cluster (as root the server runs as 'postgres', which must be
/// able to enter it). Disposing stops whatever still runs there and removes it, also after a failed test.
/// </summary>
internal sealed class ClusterDirectory : IAsyncDisposable
{
    public ClusterDirectory(string parent = "/tmp")
    {
        Root = Path.Combine(parent, $"mvw-ep-{Guid.NewGuid():N}"[..15]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Data => Path.Combine(Root, "pg");

    public EmbeddedPostgresOptions Options(bool durable = false) => new() { DataDirectory = Data, Durable = durable };

    public async ValueTask DisposeAsync()
    {
        var fallback = new DirectoryInfo(Data).LinkTarget;
        await EmbeddedPostgresServer.StopAsync(Data);
        if (fallback is not null)
        {
            Directory.Delete(fallback, recursive: true);
            File.Delete(fallback + ".password");
        }
        Directory.Delete(Root, recursive: true);
    }
}
