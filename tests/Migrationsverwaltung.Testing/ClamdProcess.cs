using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Migrationsverwaltung.Testing;

/// <summary>
/// A real clamd (Debian's clamav-daemon) for one test fixture: its own folder under /tmp with a clamd.conf, a Unix
/// socket (optionally also TCP on 127.0.0.1) and a signature database holding only <see cref="TestViruses.EicarNdbLine"/>;
/// no freshclam, no network. Started in the foreground as a child process and stopped on dispose. Runs as the
/// current user (also root: without a User line clamd does not switch users). A missing clamd fails the tests.
/// </summary>
public sealed class ClamdProcess : IAsyncDisposable
{
    private const string FolderPrefix = "mvw-clamd-";
    private static readonly string[] Binaries = ["/usr/sbin/clamd", "/usr/bin/clamd", "/usr/local/sbin/clamd"];
    private readonly Process _process;
    private readonly string _folder;

    private ClamdProcess(Process process, string folder, int? tcpPort)
    {
        _process = process;
        _folder = folder;
        TcpPort = tcpPort;
    }

    public string SocketPath => Path.Combine(_folder, "clamd.sock");
    public int? TcpPort { get; }

    /// <summary>From starting the process to the first PONG.</summary>
    public TimeSpan StartupTime { get; private set; }

    public string Log => File.Exists(LogPath) ? File.ReadAllText(LogPath) : "";
    private string LogPath => Path.Combine(_folder, "clamd.log");

    /// <param name="streamMaxLength">clamd's StreamMaxLength in bytes (clamd's default otherwise).</param>
    /// <param name="tcp">Also listen on a free TCP port of 127.0.0.1.</param>
    public static async Task<ClamdProcess> StartAsync(long? streamMaxLength = null, bool tcp = false)
    {
        var binary = Binaries.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            "clamd is missing. As root: apt-get install clamav-daemon (./test.sh does this when run as root).");
        RemoveFoldersOfEndedRuns();
        // Unix socket paths may be at most 107 bytes: keep the folder short.
        var folder = Path.Combine("/tmp", $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        var database = Directory.CreateDirectory(Path.Combine(folder, "db")).FullName;
        await File.WriteAllTextAsync(Path.Combine(database, "migrationsverwaltung-test.ndb"), TestViruses.EicarNdbLine + "\n");
        var port = tcp ? FreeTcpPort() : (int?)null;
        await File.WriteAllTextAsync(Path.Combine(folder, "clamd.conf"), Config(folder, database, streamMaxLength, port));

        var watch = Stopwatch.StartNew();
        var process = Process.Start(new ProcessStartInfo(binary, ["--config-file", Path.Combine(folder, "clamd.conf")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        // Foreground clamd also prints its settings; drain the pipes so it never blocks on them.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var clamd = new ClamdProcess(process, folder, port);
        try
        {
            await clamd.WaitForPongAsync(TimeSpan.FromSeconds(60));
            clamd.StartupTime = watch.Elapsed;
        }
        catch
        {
            await clamd.DisposeAsync();
            throw;
        }
        return clamd;
    }

    /// <summary>Stops clamd (it can be asked again: tests use this to take the scanner away).</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // the next fixture's RemoveFoldersOfEndedRuns does not touch running processes' folders; leave it
        }
    }

    private static string Config(string folder, string database, long? streamMaxLength, int? tcpPort)
    {
        var config = new StringBuilder()
            .AppendLine("Foreground yes")
            .AppendLine($"LocalSocket {Path.Combine(folder, "clamd.sock")}")
            .AppendLine($"PidFile {Path.Combine(folder, "clamd.pid")}")
            .AppendLine($"LogFile {Path.Combine(folder, "clamd.log")}")
            .AppendLine($"DatabaseDirectory {database}")
            .AppendLine($"TemporaryDirectory {folder}")
            .AppendLine("MaxThreads 4")
            .AppendLine("SelfCheck 0");
        if (streamMaxLength is { } max)
        {
            config.AppendLine($"StreamMaxLength {max}");
        }
        if (tcpPort is { } port)
        {
            config.AppendLine("TCPAddr 127.0.0.1").AppendLine($"TCPSocket {port}");
        }
        return config.ToString();
    }

    private async Task WaitForPongAsync(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"clamd ended with exit code {_process.ExitCode} before answering PING. Its log:\n{Log}");
            }
            if (await AnswersPingAsync())
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"clamd did not answer PING within {limit.TotalSeconds} s. Its log:\n{Log}");
            }
            await Task.Delay(20);
        }
    }

    private async Task<bool> AnswersPingAsync()
    {
        if (!File.Exists(SocketPath))
        {
            return false;
        }
        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(SocketPath));
            await socket.SendAsync("zPING\0"u8.ToArray());
            var reply = new byte[16];
            var read = await socket.ReceiveAsync(reply);
            return Encoding.ASCII.GetString(reply, 0, read).TrimEnd('\0') == "PONG";
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The test platform may kill a test host before it disposes its clamd: end those orphans and remove their folders.</summary>
    private static void RemoveFoldersOfEndedRuns()
    {
        foreach (var folder in Directory.GetDirectories("/tmp", FolderPrefix + "*"))
        {
            var owner = Path.GetFileName(folder)[FolderPrefix.Length..].Split('-')[0];
            if (!int.TryParse(owner, out var ownerId) || IsRunning(ownerId))
            {
                continue;
            }
            try
            {
                if (File.Exists(Path.Combine(folder, "clamd.pid"))
                    && int.TryParse(File.ReadAllText(Path.Combine(folder, "clamd.pid")).Trim(), out var clamdId)
                    && File.Exists($"/proc/{clamdId}/comm") && File.ReadAllText($"/proc/{clamdId}/comm").Trim() == "clamd")
                {
                    using var orphan = Process.GetProcessById(clamdId);
                    orphan.Kill();
                    orphan.WaitForExit(5000);
                }
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
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
}
