using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Documents.Retention;

namespace Migrationsverwaltung.Cli.Retention;

/// <summary>
/// <c>mvw retention due|run|import-evaluation|import-confirmation</c>: the retention job and the archive's answers,
/// run by the API's own use cases as the system user "system:retention" (docs/retention-and-archive.md).
/// </summary>
internal static class RetentionCommand
{
    public static Command Create() => new("retention", "Retention, archive hand-over and deletion of files (xdomea 0501-0506).")
    {
        Due(), Run(), Import("import-evaluation", "Imports the archive's evaluation (0502) and writes our receipt (0505) to the outbox.",
            (services, stream, ct) => services.GetRequiredService<ImportArchiveEvaluation>().ImportAsync(stream, ct)),
        Import("import-confirmation", "Imports the archive's import confirmation (0506); confirmed files are deleted by the next run.",
            (services, stream, ct) => services.GetRequiredService<ImportArchiveConfirmation>().ImportAsync(stream, ct)),
    };

    private static Command Due()
    {
        var api = new ApiServices();
        var asOf = new Option<DateOnly?>("--as-of") { Description = "List what is due on this day (default: today)." };
        var command = new Command("due", "Lists the files whose retention has ended and that are not deleted, with their stage and legal hold.") { asOf };
        api.AddTo(command);
        command.SetAction((parsed, cancellationToken) => Failures.ReportAsync(async () =>
        {
            using var host = await api.BuildAsync(parsed, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var due = await scope.ServiceProvider.GetRequiredService<DueFiles>().ListAsync(parsed.GetValue(asOf), cancellationToken);
            if (parsed.GetValue(api.Json))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(due, RetentionOutput.JsonOptions));
                return ExitCodes.Success;
            }
            foreach (var file in due)
            {
                await Console.Out.WriteLineAsync($"{file.PersonId}  due {file.DueOn:yyyy-MM-dd}  {file.RetentionClass,-30} {file.Stage,-10} {file.Decision?.ToString() ?? "-",-8} " +
                                                 $"{(file.LegalHold is null ? "" : "legal hold")}");
            }
            await Console.Out.WriteLineAsync($"{due.Count} file(s) due.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Run()
    {
        var api = new ApiServices();
        var dryRun = new Option<bool>("--dry-run") { Description = "Decide and report every step, change nothing, write no message." };
        var today = new Option<DateOnly?>("--today") { Description = "With --dry-run: what a run on this day would do." };
        var command = new Command("run", "Runs the retention job: assign retention, offer due files (0501), apply the disposal type after the answer period, hand over (0503), delete.")
        {
            dryRun, today,
        };
        api.AddTo(command);
        command.SetAction((parsed, cancellationToken) => Failures.ReportAsync(async () =>
        {
            var request = new RetentionRunRequest(parsed.GetValue(dryRun), parsed.GetValue(today));
            if (request.Today is not null && !request.DryRun)
            {
                throw new Events.UsageException("--today is only possible with --dry-run: a real run works on today.");
            }
            using var host = await api.BuildAsync(parsed, cancellationToken);
            var report = await RetentionActor.RunAsync(host.Services, null, $"cli:{Environment.UserName}",
                services => services.GetRequiredService<RetentionRun>().RunAsync(request, cancellationToken));
            return await RetentionOutput.ReportAsync(report, parsed.GetValue(api.Json));
        }));
        return command;
    }

    private static Command Import(string name, string description, Func<IServiceProvider, Stream, CancellationToken, Task<RetentionReport>> import)
    {
        var api = new ApiServices();
        var file = new Argument<FileInfo>("FILE") { Description = "The archive's message: ZIP or bare XML." };
        var command = new Command(name, description) { file };
        api.AddTo(command);
        command.SetAction((parsed, cancellationToken) => Failures.ReportAsync(async () =>
        {
            var path = parsed.GetRequiredValue(file);
            if (!path.Exists)
            {
                throw new Events.UsageException($"{path.FullName} does not exist.");
            }
            using var host = await api.BuildAsync(parsed, cancellationToken);
            await using var stream = path.OpenRead();
            var report = await RetentionActor.RunAsync(host.Services, null, $"cli:{Environment.UserName}", services => import(services, stream, cancellationToken));
            return await RetentionOutput.ReportAsync(report, parsed.GetValue(api.Json));
        }));
        return command;
    }
}
