using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Migrationsverwaltung.EmbeddedPostgres;

/// <summary>
/// A PostgreSQL cluster this process starts and stops: initdb on first use, a server bound to 127.0.0.1 on a
/// free port, password authentication, and the settings our event store relies on. Dispose stops it cleanly.
/// </summary>
public sealed class EmbeddedPostgresServer : IAsyncDisposable
{
    private const string PasswordFileSuffix = ".password";
    private const string LogFileName = "server.log";
    private const int PgCtlStatusNotRunning = 3;
    private static readonly ConcurrentDictionary<string, string> WalCompressionByBinaries = new();
    private readonly EmbeddedPostgresOptions _options;
    private readonly string _binDirectory;
    private bool _stopped;

    private EmbeddedPostgresServer(EmbeddedPostgresOptions options, string binDirectory, string dataDirectory, int port, string password)
    {
        _options = options;
        _binDirectory = binDirectory;
        DataDirectory = dataDirectory;
        Port = port;
        Password = password;
    }

    public string DataDirectory { get; }
    public int Port { get; }
    public string Password { get; }
    public string UserName => ProcessRunner.ServiceUser;

    /// <summary>Connection string to the given database of this cluster (default: the 'postgres' maintenance database).</summary>
    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username={UserName};Password={Password};Database={database}";

    public static async Task<EmbeddedPostgresServer> StartAsync(EmbeddedPostgresOptions options, CancellationToken cancellationToken = default)
    {
        var binDirectory = PostgresBinaries.Locate(options.BinDirectory);
        var dataDirectory = await DataDirectoryLocation.PrepareAsync(Path.GetFullPath(options.DataDirectory));
        var password = await EnsureInitializedAsync(binDirectory, dataDirectory, options);
        var port = options.Port ?? FreePort();
        var walCompression = await WalCompressionAsync(binDirectory, dataDirectory);
        await WriteSettingsAsync(dataDirectory, port, walCompression, options);
        await StopIfRunningAsync(binDirectory, dataDirectory);
        cancellationToken.ThrowIfCancellationRequested();
        var log = Path.Combine(dataDirectory, LogFileName);
        var started = await ProcessRunner.RunAsServiceUserAllowingFailureAsync(Path.Combine(binDirectory, "pg_ctl"),
            ["-D", dataDirectory, "-l", log, "-w",
             "-t", ((int)options.StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture), "start"],
            options.StartTimeout + TimeSpan.FromSeconds(10));
        if (started.ExitCode != 0)
        {
            // pg_ctl only says "Examine the log output"; the reason (e.g. port in use) is in the server's log.
            throw new EmbeddedPostgresException($"PostgreSQL did not start ({started.Output.ReplaceLineEndings(" ")}). Last lines of {log}:\n{await LastLinesAsync(log, 8)}");
        }
        return new EmbeddedPostgresServer(options, binDirectory, dataDirectory, port, password);
    }

    private static async Task<string> LastLinesAsync(string file, int count) =>
        File.Exists(file) ? string.Join('\n', (await File.ReadAllLinesAsync(file)).TakeLast(count)) : "(no log written)";

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }
        _stopped = true;
        await ProcessRunner.RunAsServiceUserAsync(Path.Combine(_binDirectory, "pg_ctl"),
            ["-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop"], TimeSpan.FromSeconds(70));
    }

    /// <summary>Stops the cluster of a data directory started by an earlier process (e.g. a script's 'start').</summary>
    public static async Task StopAsync(string dataDirectory, string? binDirectory = null)
    {
        var bin = PostgresBinaries.Locate(binDirectory);
        await StopIfRunningAsync(bin, DataDirectoryLocation.Resolve(Path.GetFullPath(dataDirectory)));
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private static async Task<string> EnsureInitializedAsync(string binDirectory, string dataDirectory, EmbeddedPostgresOptions options)
    {
        var passwordFile = dataDirectory.TrimEnd('/') + PasswordFileSuffix;
        if (File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            if (!File.Exists(passwordFile))
            {
                throw new EmbeddedPostgresException($"The cluster in {dataDirectory} has no password file {passwordFile}; delete the directory to start afresh.");
            }
            return (await File.ReadAllTextAsync(passwordFile)).Trim();
        }
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        // initdb reads the password from a file the service user can read; it is deleted right after.
        var initPasswordFile = Path.Combine(dataDirectory, "..", $".initdb-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(initPasswordFile, password);
        try
        {
            if (ProcessRunner.RunsAsRoot)
            {
                await ProcessRunner.ChownToServiceUserAsync(initPasswordFile);
            }
            await ProcessRunner.RunAsServiceUserAsync(Path.Combine(binDirectory, "initdb"),
                InitDbArguments(dataDirectory, initPasswordFile, options.Durable),
                TimeSpan.FromMinutes(3));
        }
        finally
        {
            File.Delete(initPasswordFile);
        }
        await File.WriteAllTextAsync(passwordFile, password);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        await File.AppendAllTextAsync(Path.Combine(dataDirectory, "postgresql.conf"), "\ninclude_if_exists = 'migrationsverwaltung.conf'\n");
        return password;
    }

    private static List<string> InitDbArguments(string dataDirectory, string passwordFile, bool durable)
    {
        var arguments = new List<string>
        {
            "-D", dataDirectory, "-U", ProcessRunner.ServiceUser, "--auth=scram-sha-256", $"--pwfile={passwordFile}",
            "--encoding=UTF8", "--locale=C",
        };
        if (!durable)
        {
            arguments.Add("--no-sync");
        }
        return arguments;
    }

    private static async Task WriteSettingsAsync(string dataDirectory, int port, string walCompression, EmbeddedPostgresOptions options)
    {
        var settings = new StringBuilder()
            .AppendLine("# Written by Migrationsverwaltung's embedded PostgreSQL at every start.")
            .AppendLine("listen_addresses = '127.0.0.1'")
            .AppendLine(CultureInfo.InvariantCulture, $"port = {port}")
            .AppendLine("unix_socket_directories = ''")
            .AppendLine(CultureInfo.InvariantCulture, $"max_connections = {options.MaxConnections}")
            // Prepared (two-phase) transactions would hold transaction ids indefinitely and stall async projections.
            .AppendLine("max_prepared_transactions = 0")
            .AppendLine(CultureInfo.InvariantCulture, $"idle_in_transaction_session_timeout = '{(int)options.IdleInTransactionTimeout.TotalMilliseconds}ms'")
            // After a bulk load such as mvw seed pg_wal stays at about max_wal_size (1GB by default). A smaller one costs
            // more checkpoints and so more full-page images, which the compression shrinks (docs/operations.md, "WAL").
            .AppendLine(CultureInfo.InvariantCulture, $"max_wal_size = {WalSettings.MaxWalSize}")
            .AppendLine(CultureInfo.InvariantCulture, $"wal_compression = {walCompression}")
            .AppendLine("logging_collector = off")
            .AppendLine("log_min_messages = warning");
        if (!options.Durable)
        {
            settings.AppendLine("fsync = off").AppendLine("full_page_writes = off").AppendLine("synchronous_commit = off");
        }
        foreach (var (key, value) in options.Settings)
        {
            settings.AppendLine(CultureInfo.InvariantCulture, $"{key} = '{value.Replace("'", "''", StringComparison.Ordinal)}'");
        }
        var path = Path.Combine(dataDirectory, "migrationsverwaltung.conf");
        await File.WriteAllTextAsync(path, settings.ToString());
        if (ProcessRunner.RunsAsRoot)
        {
            await ProcessRunner.ChownToServiceUserAsync(path);
        }
    }

    /// <summary>
    /// lz4 where the server was built with it (Debian's and PGDG's packages are); otherwise 'on' (pglz), which every
    /// server accepts. Asked once per binaries folder: 'postgres -C' validates the value without starting a server.
    /// </summary>
    private static async Task<string> WalCompressionAsync(string binDirectory, string dataDirectory)
    {
        if (WalCompressionByBinaries.TryGetValue(binDirectory, out var known))
        {
            return known;
        }
        var probe = await ProcessRunner.RunAsServiceUserAllowingFailureAsync(Path.Combine(binDirectory, "postgres"),
            ["-D", dataDirectory, "-C", "wal_compression", "-c", $"wal_compression={WalSettings.PreferredCompression}"],
            TimeSpan.FromSeconds(30));
        var chosen = probe.ExitCode == 0 ? WalSettings.PreferredCompression : WalSettings.FallbackCompression;
        return WalCompressionByBinaries.GetOrAdd(binDirectory, chosen);
    }

    private static async Task StopIfRunningAsync(string binDirectory, string dataDirectory)
    {
        if (!File.Exists(Path.Combine(dataDirectory, "postmaster.pid")))
        {
            return;
        }
        var status = await ProcessRunner.RunAsServiceUserAllowingFailureAsync(Path.Combine(binDirectory, "pg_ctl"),
            ["-D", dataDirectory, "status"], TimeSpan.FromSeconds(10));
        if (status.ExitCode == PgCtlStatusNotRunning)
        {
            return; // a stale pid file after a crash, which pg_ctl start handles
        }
        status.ThrowIfFailed();
        await ProcessRunner.RunAsServiceUserAsync(Path.Combine(binDirectory, "pg_ctl"),
            ["-D", dataDirectory, "-m", "fast", "-w", "-t", "60", "stop"], TimeSpan.FromSeconds(70));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
