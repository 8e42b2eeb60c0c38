using System.ComponentModel;
using System.Diagnostics;

namespace Migrationsverwaltung.Api.Tests.Auth;

/// <summary>Runs node, npm or mvw with stdout and stderr kept apart (a token is the whole stdout).</summary>
internal static class Processes
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, string? workingDirectory = null,
        string? input = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new FileNotFoundException($"'{program}' could not be started ({e.Message}).", program, e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.StandardInput.WriteAsync(input ?? "");
            process.StandardInput.Close();
            using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(1));
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not end within {timeout ?? TimeSpan.FromMinutes(1)}.");
            }
            return new Result(process.ExitCode, await output, await error);
        }
    }
}
