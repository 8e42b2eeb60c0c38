using MediatR;
using Migrationsverwaltung.Api.Audit;
using Migrationsverwaltung.Api.Cases.Queries;
using Migrationsverwaltung.Api.Persons.Queries;

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
            .WithName("GetCase").WithSummary("Ein Verfahren: Stand, Version (ETag) und laufende Fristen").Produces<GetCaseState.View>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        app.MapGroup("/api/v1/persons").WithTags("Personen")
            .MapGet("/{id:guid}", async (Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var view = await mediator.Send(new GetPerson.Query(id), ct);
                http.Response.Headers.ETag = Versions.ETag(view.Version);
                return Results.Ok(view);
            })
            .WithName("GetPerson").WithSummary("Eine Person: Stammdaten aus ihrem Datenstrom").Produces<GetPerson.View>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        app.MapGet("/api/v1/access-log", async (Guid? subject, string? user, DateTimeOffset? from, DateTimeOffset? to, int? limit, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(new GetAccessLog.Query(subject, user, from, to, limit ?? 100), ct)))
            .WithTags("Revision").WithName("GetAccessLog").WithSummary("Zugriffsprotokoll für die Revision: wer hat wessen Daten gesehen").Produces<IReadOnlyList<GetAccessLog.Entry>>().ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }
}
