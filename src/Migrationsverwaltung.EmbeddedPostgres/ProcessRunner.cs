using System.Diagnostics;

namespace Migrationsverwaltung.EmbeddedPostgres;

/// <summary>Runs PostgreSQL's programs; as root through 'runuser -u postgres', since initdb and postgres refuse to run as root.</summary>
internal static class ProcessRunner
{
    public const string ServiceUser = "postgres";

    public static bool RunsAsRoot => Environment.IsPrivilegedProcess;

    public static async Task<string> RunAsServiceUserAsync(string program, IEnumerable<string> arguments, TimeSpan timeout) =>
        (await RunAsServiceUserAllowingFailureAsync(program, arguments, timeout)).ThrowIfFailed();

    /// <summary>For programs whose exit code is an answer rather than a failure (pg_ctl status: 3 = not running).</summary>
    public static Task<ProcessResult> RunAsServiceUserAllowingFailureAsync(string program, IEnumerable<string> arguments, TimeSpan timeout) =>
        RunsAsRoot
            ? RunAllowingFailureAsync("runuser", new[] { "-u", ServiceUser, "--", program }.Concat(arguments), timeout)
            : RunAllowingFailureAsync(program, arguments, timeout);

    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout) =>
        (await RunAllowingFailureAsync(program, arguments, timeout)).ThrowIfFailed();

    private static async Task<ProcessResult> RunAllowingFailureAsync(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info) ?? throw new EmbeddedPostgresException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new EmbeddedPostgresException($"{program} did not finish within {timeout.TotalSeconds:0} s.");
        }
        return new ProcessResult($"{program} {string.Join(' ', info.ArgumentList)}", process.ExitCode, (await stdout + await stderr).Trim());
    }

    public static Task ChownToServiceUserAsync(string path) =>
        RunAsync("chown", ["-R", $"{ServiceUser}:", path], TimeSpan.FromMinutes(2));

    /// <summary>True when the service user can enter and write the directory (all parents must be traversable).</summary>
    public static async Task<bool> ServiceUserCanWriteAsync(string directory)
    {
        try
        {
            await RunAsync("runuser", ["-u", ServiceUser, "--", "test", "-w", directory, "-a", "-x", directory], TimeSpan.FromSeconds(10));
            return true;
        }
        catch (EmbeddedPostgresException)
        {
            return false;
        }
    }
}

internal sealed record ProcessResult(string CommandLine, int ExitCode, string Output)
{
    public string ThrowIfFailed() =>
        ExitCode == 0 ? Output : throw new EmbeddedPostgresException($"{CommandLine} failed with exit code {ExitCode}: {Output}");
}
