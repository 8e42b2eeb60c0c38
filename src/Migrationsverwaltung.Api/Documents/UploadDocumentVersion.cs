using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Migrationsverwaltung.Api.Documents.Uploads;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents;

/// <summary>
/// POST /api/v1/persons/{personId}/file/documents/{documentId}/versions (multipart: "metadata" {} then "content"):
/// a new version of a document; the old versions stay. The same bytes as the current version change nothing.
/// </summary>
public static class UploadDocumentVersion
{
    public sealed record Metadata;

    [InternalCommand]
    public sealed record Command : FileRequest
    {
        public required Guid DocumentId { get; init; }

        [System.Text.Json.Serialization.JsonIgnore]
        public ReceivedUpload? Upload { get; init; }

        public override FileCommand ToDomain(CommandContext context) => throw new NotSupportedException("The content is added by the handler.");
    }

    public sealed class Validator : StreamRequestValidator<Command, FileCommand>
    {
        public Validator()
        {
            RuleFor(r => r.DocumentId).NotEmpty().WithMessage("Das Dokument fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor, UploadIntake intake) : IRequestHandler<Command, CommandResult>
    {
        public Task<CommandResult> Handle(Command request, CancellationToken cancellationToken) =>
            intake.AppendAsync(executor, request, request.Upload ?? throw new InvalidOperationException("A version needs its received bytes."),
                (content, context, _) => new Prepared<FileCommand>(new AddDocumentVersion(request.StreamId, context, request.DocumentId, content)), cancellationToken);
    }

    public static void Map(IEndpointRouteBuilder app, long maxDocumentBytes) =>
        app.MapPost("/api/v1/persons/{personId:guid}/file/documents/{documentId:guid}/versions", async (Guid personId, Guid documentId, HttpContext http,
                IMediator mediator, UploadIntake intake, CancellationToken ct) =>
            {
                var form = MultipartUpload.Open(http.Request);
                await form.ReadMetadataAsync<Metadata>(ct);
                var expected = Versions.OptionalExpected(http.Request);
                var person = await intake.RequirePersonAsync(personId, ct);
                var upload = await intake.ReceiveAsync(person, await form.ReadContentAsync(ct), ct);
                var result = await mediator.Send(new Command
                {
                    PersonId = personId, DocumentId = documentId, ExpectedVersion = expected ?? 0, AnyVersion = expected is null, Upload = upload,
                }, ct);
                http.Response.Headers.ETag = Versions.ETag(result.Version);
                return Results.Ok(result);
            })
            .RequireRoles([.. Roles.CaseWork])
            .WithMetadata(new RequestSizeLimitAttribute(maxDocumentBytes + 64 * 1024))
            .WithTags("E-Akte").WithName("UploadDocumentVersion")
            .WithSummary("Lädt eine neue Fassung eines Dokuments hoch; frühere Fassungen bleiben erhalten")
            .WithDescription("Body: multipart/form-data, zuerst Teil „metadata“ (JSON), dann Teil „content“ (Datei mit Dateiname und Content-Type). "
                + "Kein Accepts-Eintrag, damit Anmeldung und Rolle vor dem Inhaltstyp geprüft werden.").Produces<CommandResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
