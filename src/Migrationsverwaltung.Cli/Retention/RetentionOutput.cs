using System.Text.Json;
using System.Text.Json.Serialization;
using Migrationsverwaltung.Api.Documents.Retention;

namespace Migrationsverwaltung.Cli.Retention;

/// <summary>Prints reports as text lines (one per step) or as JSON; the exit code says whether a step was refused.</summary>
internal static class RetentionOutput
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<int> ReportAsync(RetentionReport report, bool json)
    {
        if (json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report, JsonOptions));
        }
        else
        {
            foreach (var step in report.Steps)
            {
                await Console.Out.WriteLineAsync($"{step.Outcome,-8} {step.Action,-26} {step.PersonId}  {step.Detail}");
            }
            foreach (var message in report.Messages)
            {
                await Console.Out.WriteLineAsync($"Message  {message}");
            }
            await Console.Out.WriteLineAsync(
                $"{(report.DryRun ? "Dry run" : "Run")} of {report.Today:yyyy-MM-dd}: {report.Count(StepOutcome.Done)} done, {report.Count(StepOutcome.Planned)} planned, " +
                $"{report.Count(StepOutcome.Waiting)} waiting, {report.Count(StepOutcome.Refused)} refused, {report.Messages.Count} message(s).");
        }
        return report.Count(StepOutcome.Refused) > 0 ? ExitCodes.SomeRefused : ExitCodes.Success;
    }
}
