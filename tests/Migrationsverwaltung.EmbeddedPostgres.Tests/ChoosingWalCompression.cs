using System.Runtime.Versioning;

namespace Migrationsverwaltung.EmbeddedPostgres.Tests;

[UnsupportedOSPlatform("windows")]
public sealed class ChoosingWalCompression
{
    [Test]
    public async Task Given_a_server_built_without_lz4_When_started_Then_it_starts_and_compresses_wal_with_pglz()
    {
        await using var directory = new ClusterDirectory();
        var bin = await BinariesWithoutLz4Async(directory.Root);

        await using var server = await EmbeddedPostgresServer.StartAsync(directory.Options() with { BinDirectory = bin });

        Assert.That(await StartingAndStopping.ShowAsync(server, "wal_compression"), Is.EqualTo("pglz"));
    }

    /// <summary>
    /// The real programs, except a 'postgres' that rejects lz4 as a build without it does. initdb and pg_ctl are links:
    /// they find the real server beside their resolved path, so only the start's own check meets the rejection.
    /// </summary>
    private static async Task<string> BinariesWithoutLz4Async(string root)
    {
        var real = PostgresBinaries.Locate();
        var bin = Directory.CreateDirectory(Path.Combine(root, "bin")).FullName;
        File.CreateSymbolicLink(Path.Combine(bin, "initdb"), Path.Combine(real, "initdb"));
        File.CreateSymbolicLink(Path.Combine(bin, "pg_ctl"), Path.Combine(real, "pg_ctl"));
        var postgres = Path.Combine(bin, "postgres");
        await File.WriteAllTextAsync(postgres, $"""
            #!/bin/sh
            case "$*" in *wal_compression=lz4*) echo 'invalid value for parameter "wal_compression": "lz4"' >&2; exit 1;; esac
            exec {Path.Combine(real, "postgres")} "$@"

            """);
        File.SetUnixFileMode(postgres, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return bin;
    }
}
