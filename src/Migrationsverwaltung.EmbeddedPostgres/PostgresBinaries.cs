namespace Migrationsverwaltung.EmbeddedPostgres;

/// <summary>Finds the PostgreSQL server programs: an explicit folder, then PATH, then /usr/lib/postgresql/*/bin (newest first).</summary>
public static class PostgresBinaries
{
    private static readonly string[] Required = ["initdb", "pg_ctl", "postgres"];

    public const string InstallHint =
        "Install them, e.g. 'apt-get install postgresql' on Debian/Ubuntu, or set the folder explicitly (EmbeddedPostgres:BinDirectory).";

    public static string Locate(string? explicitDirectory = null)
    {
        foreach (var candidate in Candidates(explicitDirectory))
        {
            if (Required.All(tool => File.Exists(Path.Combine(candidate, tool))))
            {
                return candidate;
            }
        }
        var searched = string.IsNullOrWhiteSpace(explicitDirectory) ? "on PATH or in /usr/lib/postgresql/*/bin" : $"in {explicitDirectory}";
        throw new PostgresNotInstalledException(
            $"PostgreSQL server binaries ({string.Join(", ", Required)}) were not found {searched}. {InstallHint}");
    }

    private static IEnumerable<string> Candidates(string? explicitDirectory)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory))
        {
            yield return explicitDirectory;
            yield break;
        }
        // Debian puts initdb/pg_ctl wrappers on PATH; the real server lives under /usr/lib/postgresql/N/bin.
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            var versions = Directory.GetDirectories("/usr/lib/postgresql")
                .Select(dir => (dir, version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0))
                .OrderByDescending(x => x.version);
            foreach (var (dir, _) in versions)
            {
                yield return Path.Combine(dir, "bin");
            }
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return dir;
        }
    }
}

public sealed class PostgresNotInstalledException(string message) : Exception(message);

public sealed class EmbeddedPostgresException(string message) : Exception(message);
