using Microsoft.AspNetCore.Mvc;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>
/// The archive administrator's resources (role Administration): the due files, a run of the job (dry or not), the
/// imports of the archive's answers (0502, 0506; ZIP or bare XML in the body) and the outbox of our messages. The imports have
/// no Accepts entry, so that sign-in and role are checked before the content type; a concurrent change of one file is
/// reported in the answer's steps (Refused), never as 412 for the whole message.
/// </summary>
public static class RetentionEndpoints
{
    public const long MaxAnswerBytes = 16L * 1024 * 1024;

    public static IEndpointRouteBuilder MapRetention(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/retention").WithTags("Aussonderung").RequireRoles(Role.Administration);
        group.MapGet("/due", async (DateOnly? asOf, DueFiles due, CancellationToken ct) => Results.Ok(await due.ListAsync(asOf, ct)))
            .WithName("GetDueFiles").WithSummary("Akten, deren Aufbewahrungsfrist abgelaufen ist, mit Aussonderungsstand und Sperre")
            .Produces<IReadOnlyList<DueFile>>();
        group.MapPost("/runs", async (bool? dryRun, HttpContext http, CurrentActor current, CancellationToken ct) =>
                Results.Ok(await RetentionActor.RunAsync(http.RequestServices, null, current.Actor.UserId,
                    services => services.GetRequiredService<RetentionRun>().RunAsync(new RetentionRunRequest(dryRun ?? false), ct))))
            .WithName("RunRetention").WithSummary("Startet den Aussonderungslauf (dryRun=true: nur berichten, nichts ändern)")
            .Produces<RetentionReport>();
        group.MapPost("/evaluations", async (HttpContext http, ImportArchiveEvaluation import, CancellationToken ct) =>
                Results.Ok(await import.ImportAsync(http.Request.Body, ct)))
            .WithMetadata(new RequestSizeLimitAttribute(MaxAnswerBytes))
            .WithName("ImportArchiveEvaluation").WithSummary("Nimmt das Bewertungsverzeichnis (xdomea 0502) des Archivs an und schreibt die Empfangsbestätigung (0505)")
            .Produces<RetentionReport>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapPost("/import-confirmations", async (HttpContext http, ImportArchiveConfirmation import, CancellationToken ct) =>
                Results.Ok(await import.ImportAsync(http.Request.Body, ct)))
            .WithMetadata(new RequestSizeLimitAttribute(MaxAnswerBytes))
            .WithName("ImportArchiveConfirmation").WithSummary("Nimmt die Übernahmebestätigung (xdomea 0506) des Archivs an; übernommene Akten werden im nächsten Lauf gelöscht")
            .Produces<RetentionReport>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapGet("/outbox", (ArchiveOutbox outbox) => Results.Ok(outbox.List().Select(f => new { name = f.Name, size = f.Length, writtenAt = f.LastWriteTimeUtc })))
            .WithName("ListArchiveOutbox").WithSummary("Die Nachrichten an das Archiv im Postausgang (0501, 0503, 0505)");
        group.MapGet("/outbox/{name}", (string name, ArchiveOutbox outbox) => outbox.OpenRead(name) is { } file
                ? Results.File(file, "application/zip", name)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nicht gefunden", detail: "Diese Nachricht gibt es im Postausgang nicht."))
            .WithName("DownloadArchiveMessage").WithSummary("Lädt eine Nachricht an das Archiv aus dem Postausgang")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
