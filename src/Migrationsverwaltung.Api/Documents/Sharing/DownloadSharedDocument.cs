using MediatR;
using Migrationsverwaltung.Api.Documents.Queries;
using Migrationsverwaltung.Api.Documents.Storage;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Documents.Sharing;

/// <summary>GET /api/v1/partner/shared-documents/{documentId}/content (header X-Share-Token): the current bytes of a shared document.</summary>
public static class DownloadSharedDocument
{
    public sealed record Query(string? Token, Guid DocumentId) : IPersonalDataQuery<Shared>
    {
        public IEnumerable<Guid> SubjectsOf(Shared response) => [response.PersonId];
    }

    public sealed record Shared(Guid PersonId, DownloadDocument.Download Download);

    public sealed class Handler(PartnerShares shares, DocumentContentStore contents) : IRequestHandler<Query, Shared>
    {
        public async Task<Shared> Handle(Query query, CancellationToken cancellationToken)
        {
            var (file, share) = await shares.OpenAsync(query.Token, cancellationToken);
            if (!share.DocumentIds.Contains(query.DocumentId))
            {
                throw new ShareUnavailableException();
            }
            return new Shared(file.PersonId, await DownloadDocument.OpenAsync(file, query.DocumentId, null, contents, cancellationToken));
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/partner/shared-documents/{documentId:guid}/content", async (Guid documentId, HttpContext http, IMediator mediator, CancellationToken ct) =>
                DownloadDocument.Stream(http, (await mediator.Send(new Query(http.Request.Headers[PartnerShares.Header].ToString(), documentId), ct)).Download))
            .RequireRoles(Role.Partner)
            .WithTags("Partner").WithName("DownloadSharedDocument").WithSummary("Lädt ein freigegebenes Dokument herunter (Header X-Share-Token)")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").ProducesProblem(StatusCodes.Status403Forbidden);
}
