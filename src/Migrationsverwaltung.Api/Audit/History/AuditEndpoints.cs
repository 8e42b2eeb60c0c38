using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Audit.History;

/// <summary>The auditor's reads: a stream's history, its state as of a version or instant, and what changed between two versions.</summary>
public static class AuditEndpoints
{
    public static IServiceCollection AddAudit(this IServiceCollection services) => services.AddScoped<AuditedStream>();

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/v1/audit/streams").WithTags("Revision").RequireRoles(Role.Revision);
        audit.MapGet("/{id:guid}/history", async (Guid id, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new GetStreamHistory.Query(id), ct)))
            .WithName("GetStreamHistory").WithSummary("Verlauf eines Verfahrens, einer Person, einer Akte: jedes Ereignis mit wer, wann, warum, Befehl und Korrelations-ID")
            .Produces<GetStreamHistory.View>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        audit.MapGet("/{id:guid}/state", async (Guid id, long? version, DateTimeOffset? at, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(new GetStateAsOf.Query(id, version, at), ct)))
            .WithName("GetStateAsOf").WithSummary("Stand eines Datenstroms nach Version N oder zu einem Zeitpunkt")
            .Produces<GetStateAsOf.View>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        audit.MapGet("/{id:guid}/diff", async (Guid id, long from, long to, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(new GetStateDiff.Query(id, from, to), ct)))
            .WithName("GetStateDiff").WithSummary("Was sich zwischen zwei Versionen am Stand geändert hat, Feld für Feld")
            .Produces<GetStateDiff.View>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }
}
