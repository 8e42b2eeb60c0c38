using System.Diagnostics;
using Migrationsverwaltung.EmbeddedPostgres;
using Npgsql;

namespace Migrationsverwaltung.Testing;

/// <summary>
/// The PostgreSQL cluster of a test run. ./test.sh starts one cluster for the whole run and exports its
/// admin connection string as MIGRATIONSVERWALTUNG_TEST_DB; without it (an IDE run) this process starts its own
/// throwaway cluster. Every fixture gets its own database, so test assemblies can run in parallel.
/// A missing PostgreSQL fails the tests; nothing is skipped.
/// </summary>
public static class TestCluster
{
    public const string EnvironmentVariable = "MIGRATIONSVERWALTUNG_TEST_DB";
    private const string OwnClusterPrefix = "mvw-t";
    private static readonly SemaphoreSlim StartLock = new(1, 1);
    private static string? _adminConnectionString;
    private static EmbeddedPostgresServer? _ownServer;

    public static async Task<string> AdminConnectionStringAsync()
    {
        if (_adminConnectionString is not null)
        {
            return _adminConnectionString;
        }
        await StartLock.WaitAsync();
        try
        {
            _adminConnectionString ??= Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured
                ? configured
                : await StartOwnClusterAsync();
            return _adminConnectionString;
        }
        finally
        {
            StartLock.Release();
        }
    }

    /// <summary>Creates a fresh, empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var admin = await AdminConnectionStringAsync();
        // At most 2 + 24 + 1 + 32 = 59 characters: PostgreSQL would silently truncate names beyond 63.
        var name = $"t_{Sanitize(purpose)}_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        // Only this database's pool: other fixtures of the assembly may be running in parallel.
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }
        await using var connection = new NpgsqlConnection(await AdminConnectionStringAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> StartOwnClusterAsync()
    {
        await RemoveClustersOfEndedRunsAsync();
        var directory = Path.Combine("/tmp", $"{OwnClusterPrefix}{Environment.ProcessId}", "pg");
        _ownServer = await EmbeddedPostgresServer.StartAsync(new EmbeddedPostgresOptions
        {
            DataDirectory = directory,
            Durable = false,
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            _ownServer.StopAsync().GetAwaiter().GetResult();
            try { Directory.Delete(Path.GetDirectoryName(directory)!, recursive: true); } catch (IOException) { }
        };
        return _ownServer.ConnectionString();
    }

    /// <summary>
    /// The test platform kills the test host shortly after the run, often before ProcessExit has removed the
    /// folder, so each own cluster first removes those of test hosts that are gone.
    /// </summary>
    private static async Task RemoveClustersOfEndedRunsAsync()
    {
        foreach (var folder in Directory.GetDirectories("/tmp", OwnClusterPrefix + "*"))
        {
            if (!int.TryParse(Path.GetFileName(folder)[OwnClusterPrefix.Length..], out var processId) || IsRunning(processId))
            {
                continue;
            }
            try
            {
                await EmbeddedPostgresServer.StopAsync(Path.Combine(folder, "pg"));
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or EmbeddedPostgresException)
            {
                // someone else's leftover; not this run's business
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Sanitize(string purpose) =>
        new string(purpose.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').ToArray()) is { Length: > 0 } s
            ? s[..Math.Min(s.Length, 24)]
            : "db";
}
