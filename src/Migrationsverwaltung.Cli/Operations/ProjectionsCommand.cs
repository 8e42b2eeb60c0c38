using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.Cli.Events;
using Migrationsverwaltung.EventStore.Daemon;
using Migrationsverwaltung.EventStore.Projections;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Cli.Operations;

/// <summary>mvw projections status | rebuild NAME | dead-letters [--projection NAME] [--retry].</summary>
internal static class ProjectionsCommand
{
    public static Command Create()
    {
        var connectionString = StoreConnection.ConnectionStringOption();
        var schema = StoreConnection.SchemaOption();
        var json = AppServices.JsonOption();
        var command = new Command("projections", "Status of the projections, rebuild from zero, dead letters and their retry.");

        var status = new Command("status", "Lag, dead letters and stop reason of every projection; exit code 1 if one is stopped.") { connectionString, schema, json };
        status.SetAction((parsed, ct) => Failures.ReportAsync(async () =>
        {
            using var host = AppServices.Build(parsed.GetValue(connectionString), parsed.GetRequiredValue(schema));
            var registrations = AppServices.Projections(host);
            var statuses = await host.Services.GetRequiredService<ProjectionControl>().StatusAsync(registrations.Select(r => r.Projection.Name), ct);
            if (parsed.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(statuses.Select(s => new
                {
                    s.Name, Lifecycle = registrations.Single(r => r.Projection.Name == s.Name).Lifecycle, s.EventsBehind, s.HeldBackByOpenTransaction,
                    s.DeadLetters, s.StoppedReason, s.RebuildRequested, Position = s.Position.ToString(), s.BlockingBackend,
                }), AppServices.Json));
            }
            else
            {
                foreach (var s in statuses)
                {
                    var lifecycle = registrations.Single(r => r.Projection.Name == s.Name).Lifecycle;
                    var behind = lifecycle == ProjectionLifecycle.Inline ? "inline (in the append's transaction)" : s.EventsBehind < 0 ? "not started" : $"{s.EventsBehind} events behind";
                    Console.WriteLine($"{s.Name,-28} {behind}; dead letters: {s.DeadLetters}{(s.StoppedReason is { } r ? $"; STOPPED: {r}" : "")}{(s.RebuildRequested ? "; rebuild requested" : "")}");
                }
            }
            return statuses.Any(s => s.StoppedReason is not null) ? ExitCodes.Failed : ExitCodes.Success;
        }));

        var name = new Argument<string>("name") { Description = "The projection to rebuild." };
        var rebuild = new Command("rebuild", "Asks the leading app instance to rebuild an async projection from zero (in short batches, while the app runs).") { name, connectionString, schema };
        rebuild.SetAction((parsed, ct) => Failures.ReportAsync(async () =>
        {
            using var host = AppServices.Build(parsed.GetValue(connectionString), parsed.GetRequiredValue(schema));
            var projection = AppServices.Projection(host, parsed.GetRequiredValue(name));
            if (AppServices.Projections(host).Single(r => r.Projection == projection).Lifecycle == ProjectionLifecycle.Inline)
            {
                var store = host.Services.GetRequiredService<Store>();
                var applied = await InlineRebuild.RunAsync(store, projection, (done) => Console.Error.Write($"\r{done} events applied"), ct);
                Console.Error.WriteLine();
                Console.WriteLine($"Inline projection '{projection.Name}' rebuilt from {applied} events.");
                return ExitCodes.Success;
            }
            await host.Services.GetRequiredService<ProjectionControl>().RequestRebuildAsync(projection.Name, ct);
            Console.WriteLine($"Rebuild of '{projection.Name}' requested; the leading app instance carries it out. Watch: mvw projections status");
            return ExitCodes.Success;
        }));

        var only = new Option<string?>("--projection") { Description = "Only this projection's dead letters." };
        var retry = new Option<bool>("--retry") { Description = "Apply the dead letters again (after a fix); each in its own transaction." };
        var deadLetters = new Command("dead-letters", "Lists the events a projection could not apply; with --retry applies them again.") { only, retry, connectionString, schema, json };
        deadLetters.SetAction((parsed, ct) => Failures.ReportAsync(async () =>
        {
            using var host = AppServices.Build(parsed.GetValue(connectionString), parsed.GetRequiredValue(schema));
            var store = host.Services.GetRequiredService<Store>();
            var projectionName = parsed.GetValue(only);
            if (parsed.GetValue(retry))
            {
                var targets = projectionName is null ? AppServices.Projections(host).Select(r => r.Projection).ToList() : [AppServices.Projection(host, projectionName)];
                var failed = 0;
                foreach (var target in targets)
                {
                    var result = await DeadLetterRetry.RetryAsync(store, target, ct);
                    failed += result.FailedAgain;
                    Console.WriteLine(parsed.GetValue(json)
                        ? JsonSerializer.Serialize(new { projection = target.Name, result.Retried, result.Succeeded, result.FailedAgain }, AppServices.Json)
                        : $"{target.Name}: {result.Retried} retried, {result.Succeeded} applied, {result.FailedAgain} failed again");
                }
                return failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
            }
            var letters = await DeadLetterRetry.ListAsync(store, projectionName, includeRetried: false, ct);
            if (parsed.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(letters, AppServices.Json));
            }
            else
            {
                foreach (var l in letters)
                {
                    Console.WriteLine($"{l.Projection} seq {l.SeqId} ({l.EventType}, stream {l.StreamId}), {l.Attempts} attempts: {l.Error}");
                }
                Console.WriteLine($"{letters.Count} dead letter(s).");
            }
            return ExitCodes.Success;
        }));

        command.Subcommands.Add(status);
        command.Subcommands.Add(rebuild);
        command.Subcommands.Add(deadLetters);
        return command;
    }
}
