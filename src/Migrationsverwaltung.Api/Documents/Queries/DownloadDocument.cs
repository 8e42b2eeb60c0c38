using MediatR;
using Microsoft.Net.Http.Headers;
using Migrationsverwaltung.Api.Documents.Storage;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;
using Migrationsverwaltung.EventStore;

namespace Migrationsverwaltung.Api.Documents.Queries;

/// <summary>
/// GET /api/v1/persons/{personId}/file/documents/{documentId}/content[?version=N]: the exact bytes, streamed chunk by
/// chunk, with the stored media type, the sanitised file name and the SHA-256 (also as ETag). In the access log.
/// </summary>
public static class DownloadDocument
{
    public sealed record Query(Guid PersonId, Guid DocumentId, int? Version) : IPersonalDataQuery<Download>
    {
        public IEnumerable<Guid> SubjectsOf(Download response) => [PersonId];
    }

    public sealed record Download(DocumentContent Content, string FileName, string Sha256);

    public sealed class Handler(FileLoader files, DocumentContentStore contents, CurrentActor current) : IRequestHandler<Query, Download>
    {
        public async Task<Download> Handle(Query query, CancellationToken cancellationToken)
        {
            if (current.Actor.Role is not (Role.Sachbearbeitung or Role.Teamleitung or Role.Revision))
            {
                throw new ForbiddenException($"Die Rolle {current.Actor.Role} sieht keine Dokumente.");
            }
            var (file, _, _) = await files.LoadAsync(query.PersonId, cancellationToken);
            return await OpenAsync(file, query.DocumentId, query.Version, contents, cancellationToken);
        }
    }

    public static async Task<Download> OpenAsync(PersonFile file, Guid documentId, int? versionNumber, DocumentContentStore contents, CancellationToken cancellationToken)
    {
        if (file.IsDeleted || !file.Documents.TryGetValue(documentId, out var document))
        {
            throw new StreamNotFoundException(documentId);
        }
        if (document.ErasedAt is { } erasedAt)
        {
            throw new DocumentErasedException(documentId, erasedAt);
        }
        var version = versionNumber is { } n
            ? document.Versions.FirstOrDefault(v => v.Number == n) ?? throw new StreamNotFoundException(documentId)
            : document.Current;
        var content = await contents.OpenReadAsync(version.ContentId, cancellationToken) ?? throw new StreamNotFoundException(documentId);
        var extension = version.MediaType switch
        {
            DocumentTypeDetector.Pdf => ".pdf", DocumentTypeDetector.Jpeg => ".jpg", DocumentTypeDetector.Png => ".png", _ => ".tif",
        };
        var name = version.FileName is { Length: > 0 } given ? given : $"{document.DocumentType.ToLowerInvariant()}-{version.Number}{extension}";
        return new Download(content, name, version.Sha256);
    }

    public static IResult Stream(HttpContext http, Download download)
    {
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(download.FileName);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        http.Response.Headers.ETag = $"\"{download.Sha256}\"";
        http.Response.Headers["X-Content-SHA256"] = download.Sha256;
        http.Response.ContentLength = download.Content.Size;
        return Results.Stream(download.Content.Content, download.Content.MediaType);
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/persons/{personId:guid}/file/documents/{documentId:guid}/content", async (Guid personId, Guid documentId, int? version, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                if (version is < 1)
                {
                    throw new ArgumentException("Fassungen zählen ab 1 (Parameter version).");
                }
                return Stream(http, await mediator.Send(new Query(personId, documentId, version), ct));
            })
            .RequireRoles(Role.Sachbearbeitung, Role.Teamleitung, Role.Revision)
            .WithTags("E-Akte").WithName("DownloadDocument").WithSummary("Lädt die Bytes eines Dokuments (aktuelle oder genannte Fassung) unverändert herunter")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
}
