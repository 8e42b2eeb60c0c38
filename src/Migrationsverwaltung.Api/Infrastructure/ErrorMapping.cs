using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Migrationsverwaltung.Api.Documents.Scanning;
using Migrationsverwaltung.Api.Documents.Storage;
using Migrationsverwaltung.Api.Documents.Uploads;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Catalogue;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.EventStore;

namespace Migrationsverwaltung.Api.Infrastructure;

/// <summary>
/// The one place where errors become RFC 9457 ProblemDetails: validation 400, not authenticated 401,
/// forbidden 403, not found 404, rule violation 409, stale version 412, wrong content type 415, reused
/// idempotency key 422, missing If-Match 428, virus scanner unavailable 503;
/// an ArgumentException from the domain is bad input (400).
/// Anything unexpected stays a 500 without details (the log has them).
/// </summary>
internal sealed class ErrorMapping(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (Map(exception) is not { } problem)
        {
            return false;
        }
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails? Map(Exception exception) => exception switch
    {
        ValidationException e => new ValidationProblemDetails(e.Errors
            .GroupBy(f => JsonName(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest, Title = "Die Anfrage ist ungültig.",
        },
        System.Text.Json.JsonException e => Problem(StatusCodes.Status400BadRequest, "Ungültiges JSON", e.Message),
        MalformedHeaderException e => Problem(StatusCodes.Status400BadRequest, "Ungültiger Header", e.Message),
        UnsupportedContentTypeException e => Problem(StatusCodes.Status415UnsupportedMediaType, "Falscher Inhaltstyp", e.Message),
        PreconditionRequiredException e => Problem(StatusCodes.Status428PreconditionRequired, "If-Match fehlt", e.Message),
        BadHttpRequestException e => Problem(e.StatusCode, "Ungültige Anfrage", e.Message),
        CatalogueEntryNotFoundException e => Problem(StatusCodes.Status400BadRequest, "Unbekannter Katalogeintrag", e.Message),
        UnauthenticatedException e => Problem(StatusCodes.Status401Unauthorized, "Nicht angemeldet", e.Message),
        ForbiddenException e => Problem(StatusCodes.Status403Forbidden, "Nicht erlaubt", e.Message),
        StreamNotFoundException e => Problem(StatusCodes.Status404NotFound, "Nicht gefunden", $"{e.StreamId} gibt es nicht."),
        Documents.Queries.DocumentErasedException e => Problem(StatusCodes.Status404NotFound, "Inhalt gelöscht", e.Message),
        DocumentTooLargeException e => Problem(StatusCodes.Status413PayloadTooLarge, "Dokument zu groß", e.Message),
        DocumentTypeMismatchException e => Problem(StatusCodes.Status415UnsupportedMediaType, "Dokumenttyp passt nicht", e.Message),
        EmptyDocumentException e => Problem(StatusCodes.Status400BadRequest, "Leeres Dokument", e.Message),
        DocumentRejectedException e => Problem(StatusCodes.Status422UnprocessableEntity, "Dokument abgelehnt", e.Message),
        Documents.Sharing.ShareUnavailableException e => Problem(StatusCodes.Status404NotFound, "Freigabe nicht verfügbar", e.Message),
        UploadFormatException e => Problem(e.Status, "Ungültiger Upload", e.Message),
        Xdomea.XdomeaFormatException e => Problem(StatusCodes.Status400BadRequest, "Ungültige xdomea-Nachricht", e.Message),
        Appointments.AppointmentUnavailableException e => Problem(StatusCodes.Status409Conflict, "Termin nicht verfügbar", e.Message),
        Appointments.AppointmentNotFoundException e => Problem(StatusCodes.Status404NotFound, "Nicht gefunden", e.Message),
        RuleViolation e => Problem(StatusCodes.Status409Conflict, "Im aktuellen Verfahrensstand nicht möglich", e.Message),
        StreamArchivedException => Problem(StatusCodes.Status409Conflict, "Archiviert", "Das Verfahren ist archiviert und kann nicht mehr geändert werden."),
        StreamLockTimeoutException => Problem(StatusCodes.Status409Conflict, "Gesperrt", "Das Verfahren wird gerade von jemand anderem bearbeitet; bitte erneut versuchen."),
        ConcurrencyException e => Problem(StatusCodes.Status412PreconditionFailed, "Veraltete Version",
            $"Das Verfahren wurde inzwischen geändert (erwartet Version {e.ExpectedVersion}, aktuell {e.ActualVersion}). Bitte neu laden."),
        IdempotencyConflictException e => Problem(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key wiederverwendet", e.Message),
        VirusScannerUnavailableException e => Problem(StatusCodes.Status503ServiceUnavailable, "Virenscanner nicht verfügbar", e.Message),
        // Domain functions refuse contradictory arguments (e.g. a fee kind the title does not know) this way.
        ArgumentException e => Problem(StatusCodes.Status400BadRequest, "Die Anfrage ist ungültig.", e.Message),
        _ => null,
    };

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static string JsonName(string property) =>
        string.IsNullOrEmpty(property) ? "" : char.ToLowerInvariant(property[0]) + property[1..];
}
