using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Migrationsverwaltung.Api.Documents.Storage;
using Migrationsverwaltung.Api.Documents.Uploads;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents;

/// <summary>
/// POST /api/v1/persons/{personId}/file/documents (multipart: "metadata" JSON, then "content"): a new document in the
/// person's file, linked to the given cases. The body is streamed into staging, checked and scanned before the file
/// changes in one short transaction. The same bytes already in the file are not stored again: the existing document
/// is linked to the cases instead (200 with duplicateOf). No If-Match needed: adding cannot overwrite anything.
/// </summary>
public static class UploadDocument
{
    public sealed record Metadata
    {
        public required string DocumentType { get; init; }
        public string? Title { get; init; }
        public required DateOnly ReceivedOn { get; init; }
        public required Channel Channel { get; init; }
        public Confidentiality Confidentiality { get; init; } = Confidentiality.Normal;
        public DateOnly? ValidUntil { get; init; }
        public IReadOnlyList<Guid> CaseIds { get; init; } = [];
    }

    public sealed record Answer(Guid DocumentId, long FileVersion, string Sha256, long Size, string MediaType, ScanStatus Scan, Guid? DuplicateOf, IReadOnlyList<string> Events);

    [InternalCommand]
    public sealed record Command : FileRequest
    {
        public required Metadata Document { get; init; }

        [System.Text.Json.Serialization.JsonIgnore]
        public ReceivedUpload? Upload { get; init; }

        [System.Text.Json.Serialization.JsonIgnore]
        public Guid OfficeId { get; init; }

        public override FileCommand ToDomain(CommandContext context) => throw new NotSupportedException("The content is added by the handler.");
    }

    public sealed class Validator : StreamRequestValidator<Command, FileCommand>
    {
        public Validator()
        {
            RuleFor(r => r.Document.DocumentType).Must(DocumentTypes.IsKnown).WithMessage(DocumentTypes.Unknown).OverridePropertyName("documentType");
            RuleFor(r => r.Document.Title).MaximumLength(500).WithMessage("Der Titel ist zu lang (höchstens 500 Zeichen).").OverridePropertyName("title");
            RuleFor(r => r.Document.ReceivedOn).NotEqual(default(DateOnly)).WithMessage("Das Eingangsdatum fehlt.").OverridePropertyName("receivedOn");
            RuleFor(r => r.Document.Channel).IsInEnum().WithMessage("Der Eingangsweg ist unbekannt.").OverridePropertyName("channel");
            RuleFor(r => r.Document.Confidentiality).IsInEnum().WithMessage("Die Vertraulichkeit ist unbekannt.").OverridePropertyName("confidentiality");
            RuleFor(r => r.Document.CaseIds).Must(ids => ids is null || ids.Count <= 20 && ids.All(id => id != Guid.Empty))
                .WithMessage("Höchstens 20 Verfahren, keine leere ID.").OverridePropertyName("caseIds");
        }
    }

    public sealed class Handler(CommandExecutor executor, UploadIntake intake) : IRequestHandler<Command, CommandResult>
    {
        public Task<CommandResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var upload = request.Upload ?? throw new InvalidOperationException("An upload command needs its received bytes.");
            var documentId = Guid.CreateVersion7();
            var person = request.PersonId;
            var m = request.Document;
            return intake.AppendAsync(executor, request, upload, (content, context, file) =>
            {
                var duplicate = file.DocumentWithContent(content.Sha256);
                var command = new AddDocument(request.StreamId, context, person, request.OfficeId, documentId,
                    new DocumentDescription(m.DocumentType.Trim(), m.Title, m.ReceivedOn, m.Channel, m.Confidentiality, m.ValidUntil),
                    content, m.CaseIds ?? []);
                var extra = new Dictionary<string, string> { ["documentId"] = (duplicate?.Id ?? documentId).ToString() };
                if (duplicate is not null)
                {
                    extra["duplicateOf"] = duplicate.Id.ToString();
                }
                return new Prepared<FileCommand>(command, extra);
            }, cancellationToken);
        }
    }

    public static void Map(IEndpointRouteBuilder app, long maxDocumentBytes) =>
        app.MapPost("/api/v1/persons/{personId:guid}/file/documents", async (Guid personId, HttpContext http, IMediator mediator, UploadIntake intake,
                IValidator<Command> validator, CancellationToken ct) =>
            {
                var form = MultipartUpload.Open(http.Request);
                var metadata = await form.ReadMetadataAsync<Metadata>(ct);
                var command = new Command
                {
                    PersonId = personId, Document = metadata, ExpectedVersion = Versions.OptionalExpected(http.Request) ?? 0,
                    AnyVersion = Versions.OptionalExpected(http.Request) is null, Reason = null,
                };
                await validator.ValidateAndThrowAsync(command, ct);
                var person = await intake.RequirePersonAsync(personId, ct);
                var upload = await intake.ReceiveAsync(person, await form.ReadContentAsync(ct), ct);
                var result = await mediator.Send(command with { OfficeId = person.OfficeId, Upload = upload }, ct);
                http.Response.Headers.ETag = Versions.ETag(result.Version);
                return Answered(result, upload, personId);
            })
            .RequireRoles([.. Roles.CaseWork])
            .WithMetadata(new RequestSizeLimitAttribute(maxDocumentBytes + 64 * 1024))
            .WithTags("E-Akte").WithName("UploadDocument")
            .WithSummary("Lädt ein Dokument in die Akte (Laufmappe) der Person hoch: multipart „metadata“ (JSON) + „content“ (PDF, JPEG, PNG, TIFF)")
            .WithDescription("Body: multipart/form-data, zuerst Teil „metadata“ (JSON), dann Teil „content“ (Datei mit Dateiname und Content-Type). "
                + "Kein Accepts-Eintrag, damit Anmeldung und Rolle vor dem Inhaltstyp geprüft werden.").Produces<Answer>(StatusCodes.Status201Created).Produces<Answer>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static IResult Answered(CommandResult result, ReceivedUpload upload, Guid personId)
    {
        var extra = result.Extra!;
        var documentId = Guid.Parse(extra["documentId"]);
        Guid? duplicateOf = extra.TryGetValue("duplicateOf", out var d) ? Guid.Parse(d) : null;
        var answer = new Answer(documentId, result.Version, upload.Sha256Hex, upload.Staged.Size, upload.Staged.MediaType, upload.Scan, duplicateOf, result.Events);
        return duplicateOf is null
            ? Results.Created($"/api/v1/persons/{personId}/file/documents/{documentId}", answer)
            : Results.Ok(answer);
    }
}
