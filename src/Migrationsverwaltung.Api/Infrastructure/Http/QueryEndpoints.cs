using MediatR;
using Migrationsverwaltung.Api.Cases.Queries;

namespace Migrationsverwaltung.Api.Infrastructure.Http;

/// <summary>Reads: the resource with its version as ETag (the next If-Match).</summary>
public static class QueryEndpoints
{
    public static IEndpointRouteBuilder MapQueryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/cases").WithTags("Verfahren")
            .MapGet("/{id:guid}", async (Guid id, long? asOfVersion, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                if (asOfVersion is < 0)
                {
                    throw new MalformedHeaderException("asOfVersion", "die Version darf nicht negativ sein.");
                }
                var view = await mediator.Send(new GetCaseState.Query(id, asOfVersion), ct);
                http.Response.Headers.ETag = Versions.ETag(view.Version);
                return Results.Ok(view);
            })
            .WithName("GetCase").Produces<GetCaseState.View>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }
}
