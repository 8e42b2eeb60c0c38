using MediatR;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents.Sharing;

/// <summary>GET /api/v1/partner/shared-documents (header X-Share-Token): the documents of one share, nothing else of the file.</summary>
public static class GetSharedDocuments
{
    public sealed record Query(string? Token) : IPersonalDataQuery<View>
    {
        public IEnumerable<Guid> SubjectsOf(View response) => [response.PersonId];
    }

    public sealed record SharedDocument(Guid DocumentId, string DocumentType, string? Title, DateOnly? ValidUntil, string MediaType, long Size, string Sha256);

    public sealed record View(Guid ShareId, Guid PersonId, string Partner, string? Purpose, DateOnly Until, IReadOnlyList<SharedDocument> Documents);

    public sealed class Handler(PartnerShares shares) : IRequestHandler<Query, View>
    {
        public async Task<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var (file, share) = await shares.OpenAsync(query.Token, cancellationToken);
            return new View(share.Id, file.PersonId, share.Partner, share.Purpose, share.Until,
                [.. share.DocumentIds.Where(file.Documents.ContainsKey).Select(id => file.Documents[id]).Select(d => new SharedDocument(
                    d.Id, d.DocumentType, d.Title, d.ValidUntil, d.Current.MediaType, d.Current.Size, d.Current.Sha256))]);
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/partner/shared-documents", async (HttpContext http, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(new Query(http.Request.Headers[PartnerShares.Header].ToString()), ct)))
            .RequireRoles(Role.Partner)
            .WithTags("Partner").WithName("GetSharedDocuments").WithSummary("Die für eine Partnerorganisation freigegebenen Dokumente (Header X-Share-Token)")
            .Produces<View>().ProducesProblem(StatusCodes.Status403Forbidden);
}
