using System.Diagnostics;

namespace Migrationsverwaltung.Cli.Tests;

/// <summary>Runs the built mvw.dll of the same configuration as a child process, as an operator would.</summary>
internal static class Mvw
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IDictionary<string, string>? environment, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Locate());
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment.Remove("ConnectionStrings__EventStore");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return (process.ExitCode, await output, await error);
    }

    private static string Locate()
    {
        // tests/X/bin/<Configuration>/net10.0 → src/Migrationsverwaltung.Cli/bin/<Configuration>/net10.0/mvw.dll
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        var configuration = output.Parent!.Name;
        var repository = output.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(repository, "src", "Migrationsverwaltung.Cli", "bin", configuration, output.Name, "mvw.dll");
        Assert.That(File.Exists(path), Is.True, $"mvw.dll not built at {path}");
        return path;
    }
}
