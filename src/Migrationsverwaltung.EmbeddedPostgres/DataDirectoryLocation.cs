using System.Security.Cryptography;
using System.Text;

namespace Migrationsverwaltung.EmbeddedPostgres;

/// <summary>
/// Makes the data directory usable by the server's user. As root the server runs as 'postgres', which cannot
/// enter e.g. /root/...; then the cluster lives under /var/lib/migrationsverwaltung and the requested path
/// becomes a symbolic link to it, so the data still "stays under" the requested folder.
/// </summary>
internal static class DataDirectoryLocation
{
    private const string FallbackRoot = "/var/lib/migrationsverwaltung/clusters";

    /// <summary>Where the cluster of a requested directory really lives (the link target after a fallback).</summary>
    public static string Resolve(string requested) =>
        new DirectoryInfo(requested).LinkTarget is { } target
            ? Path.GetFullPath(target, Path.GetDirectoryName(requested)!)
            : requested;

    public static async Task<string> PrepareAsync(string requested)
    {
        var resolved = Resolve(requested);
        if (resolved != requested)
        {
            return resolved; // prepared by an earlier start
        }
        Directory.CreateDirectory(requested);
        if (!ProcessRunner.RunsAsRoot)
        {
            SetOwnerOnly(requested);
            return requested;
        }
        await ProcessRunner.ChownToServiceUserAsync(requested);
        SetOwnerOnly(requested);
        if (await ProcessRunner.ServiceUserCanWriteAsync(requested))
        {
            return requested;
        }
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(requested)))[..16].ToLowerInvariant();
        var fallback = Path.Combine(FallbackRoot, hash);
        Directory.CreateDirectory(fallback);
        await ProcessRunner.ChownToServiceUserAsync(fallback);
        SetOwnerOnly(fallback);
        if (Directory.GetFileSystemEntries(requested).Length == 0)
        {
            Directory.Delete(requested);
            Directory.CreateSymbolicLink(requested, fallback);
        }
        return fallback;
    }

    private static void SetOwnerOnly(string directory)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
