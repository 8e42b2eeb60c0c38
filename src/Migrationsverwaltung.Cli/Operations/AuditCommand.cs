using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Appointments.Booking;
using Migrationsverwaltung.Api.Audit.History;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Cli.Events;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.EventStore;

namespace Migrationsverwaltung.Cli.Operations;

/// <summary>
/// mvw audit history ID | as-of ID --version N | --at TIME: the auditor's reads on the command line, through the same
/// use cases as the API (so they are in the access log, under "cli:" and the operating-system user).
/// </summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var connectionString = StoreConnection.ConnectionStringOption();
        var schema = StoreConnection.SchemaOption();
        var json = AppServices.JsonOption();
        var id = new Argument<Guid>("id") { Description = "Id of the case, person, file or office stream." };
        var command = new Command("audit", "Replay what happened to a case, person or file: history, state as of a version or instant.");

        var history = new Command("history", "Every event in order with who, when, why, command and correlation id.") { id, connectionString, schema, json };
        history.SetAction((parsed, ct) => Failures.ReportAsync(async () =>
        {
            var view = await SendAsync(parsed.GetValue(connectionString), parsed.GetRequiredValue(schema), new GetStreamHistory.Query(parsed.GetValue(id)), ct);
            if (parsed.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(view, AppServices.Json));
                return ExitCodes.Success;
            }
            Console.WriteLine($"{view.Kind} {view.StreamId}, version {view.Version}{(view.Archived ? " (archived)" : "")}");
            foreach (var e in view.Events)
            {
                Console.WriteLine($"{e.Version,5}  {e.At:yyyy-MM-dd HH:mm:ss.ffffff zzz}  {e.Type,-34} by {e.By ?? "?"}  cmd {e.Command ?? "-"}  corr {e.CorrelationId ?? "-"}"
                                  + (e.Reason is { } reason ? $"  why: {reason}" : "") + (e.PersonalDataErased ? "  [personal data erased]" : ""));
            }
            return ExitCodes.Success;
        }));

        var version = new Option<long?>("--version") { Description = "The state after this version." };
        var at = new Option<DateTimeOffset?>("--at") { Description = "The state at this instant (ISO 8601, e.g. 2026-05-01T12:00:00+02:00)." };
        var asOf = new Command("as-of", "The state as it was after a version or at an instant (exactly one of --version, --at).") { id, version, at, connectionString, schema, json };
        asOf.SetAction((parsed, ct) => Failures.ReportAsync(async () =>
        {
            if (parsed.GetValue(version) is null == parsed.GetValue(at) is null)
            {
                throw new UsageException("Give exactly one of --version or --at.");
            }
            var view = await SendAsync(parsed.GetValue(connectionString), parsed.GetRequiredValue(schema),
                new GetStateAsOf.Query(parsed.GetValue(id), parsed.GetValue(version), parsed.GetValue(at)), ct);
            Console.WriteLine(parsed.GetValue(json)
                ? JsonSerializer.Serialize(view, AppServices.Json)
                : $"{view.Kind} {view.StreamId} as of version {view.Version} ({view.LastEventAt:O}):\n{JsonSerializer.Serialize(view.State, view.State.GetType(), AppServices.Json)}");
            return ExitCodes.Success;
        }));

        var from = new Option<long>("--from") { Description = "The earlier version.", Required = true };
        var to = new Option<long>("--to") { Description = "The later version.", Required = true };
        var diff = new Command("diff", "What changed in the state between two versions, field by field, and the events in between.") { id, from, to, connectionString, schema, json };
        diff.SetAction((parsed, ct) => Failures.ReportAsync(async () =>
        {
            var view = await SendAsync(parsed.GetValue(connectionString), parsed.GetRequiredValue(schema),
                new GetStateDiff.Query(parsed.GetValue(id), parsed.GetValue(from), parsed.GetValue(to)), ct);
            if (parsed.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(view, AppServices.Json));
                return ExitCodes.Success;
            }
            Console.WriteLine($"{view.Kind} {view.StreamId}: version {view.From} → {view.To}; events: {string.Join(", ", view.EventsBetween)}");
            foreach (var change in view.Changes)
            {
                Console.WriteLine($"  {change.Path}: {change.Before?.ToJsonString() ?? "—"} → {change.After?.ToJsonString() ?? "—"}");
            }
            return ExitCodes.Success;
        }));

        var caseId = new Argument<Guid>("case-id") { Description = "Id of the case." };
        var bookings = new Command("bookings", "The case's appointment bookings and their log: who booked, cancelled or moved what, when, on which channel.") { caseId, connectionString, schema, json };
        bookings.SetAction((parsed, ct) => Failures.ReportAsync(async () =>
        {
            var view = await SendAsync(parsed.GetValue(connectionString), parsed.GetRequiredValue(schema), new GetCaseAppointments.Query(parsed.GetValue(caseId)), ct);
            if (parsed.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(view, AppServices.Json));
                return ExitCodes.Success;
            }
            Console.WriteLine($"case {view.CaseId}: {view.Bookings.Count} booking(s)");
            foreach (var b in view.Bookings)
            {
                Console.WriteLine($"  {b.BookingId}  {b.Service,-13} {b.StartsAt:yyyy-MM-dd HH:mm zzz}  {b.Status,-9} requested {b.RequestedAt:yyyy-MM-dd HH:mm:ss zzz}");
            }
            foreach (var entry in view.Log)
            {
                Console.WriteLine($"{entry.At:yyyy-MM-dd HH:mm:ss.ffffff zzz}  {entry.Action,-11} booking {entry.BookingId} slot {entry.SlotId}"
                                  + (entry.PreviousSlotId is { } previous ? $" (was {previous})" : "") + $" by {entry.Actor} ({entry.Channel})");
            }
            return ExitCodes.Success;
        }));

        command.Subcommands.Add(history);
        command.Subcommands.Add(bookings);
        command.Subcommands.Add(asOf);
        command.Subcommands.Add(diff);
        return command;
    }

    private static async Task<T> SendAsync<T>(string? connectionString, string schema, MediatR.IRequest<T> query, CancellationToken cancellationToken)
    {
        using var host = AppServices.Build(connectionString, schema);
        using var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(new Actor($"cli:{Environment.UserName}", Role.Revision, Guid.Empty));
        try
        {
            return await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(query, cancellationToken);
        }
        catch (StreamNotFoundException e)
        {
            throw new UsageException($"No stream {e.StreamId}.");
        }
        catch (FluentValidation.ValidationException e)
        {
            throw new UsageException(string.Join(" ", e.Errors.Select(f => f.ErrorMessage).Distinct()));
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
