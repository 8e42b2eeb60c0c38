using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;

namespace Migrationsverwaltung.Api.Infrastructure.Http;

/// <summary>
/// Maps every command of this assembly to its action resource under /api/v1: POST /cases creates a case,
/// POST /cases/{id}/document-requests requests documents, and so on (the [Action] on each use case's Command).
/// The version comes from If-Match (missing → 428, stale → 412), the command id from Idempotency-Key; the answer
/// carries the new version as ETag.
/// </summary>
public static class CommandEndpoints
{
    public static IEndpointRouteBuilder MapCommandEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        MapAll<CaseRequest>(api.MapGroup("/cases").WithTags("Verfahren"), "/api/v1/cases", "caseId");
        MapAll<PersonRequest>(api.MapGroup("/persons").WithTags("Personen"), "/api/v1/persons", "personId");
        MapAll<OfficeRequest>(api.MapGroup("/offices").WithTags("Organisation"), "/api/v1/offices", "officeId");
        MapAll<FileRequest>(api.MapGroup("/persons").WithTags("E-Akte"), "/api/v1/persons", "personId");
        return app;
    }

    private static void MapAll<TBase>(RouteGroupBuilder group, string path, string idField)
    {
        var map = typeof(CommandEndpoints).GetMethod(nameof(Map), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var type in typeof(CommandEndpoints).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(TBase).IsAssignableFrom(t) && t.GetCustomAttribute<InternalCommandAttribute>() is null))
        {
            var action = type.GetCustomAttribute<ActionAttribute>()
                         ?? throw new InvalidOperationException($"{type.FullName} has no [Action]: every command needs its resource.");
            map.MakeGenericMethod(type).Invoke(null, [group, path, idField, action]);
        }
    }

    private static void Map<TCommand>(RouteGroupBuilder group, string path, string idField, ActionAttribute action) where TCommand : ICommandRequest
    {
        var name = CommandName.Of(typeof(TCommand));
        var endpoint = action.Creates
            ? group.MapPost("", (HttpContext http, IMediator mediator, CancellationToken ct) => CreateAsync<TCommand>(http, mediator, path, idField, ct))
            : group.MapPost($"/{{id:guid}}/{action.Action}", (Guid id, HttpContext http, IMediator mediator, CancellationToken ct) => ChangeAsync<TCommand>(id, http, mediator, idField, ct));
        // The role check runs before the body is read, so a role the command is not for gets 403 even with a bad body.
        // AllowedRoles is a constant of the request type; an uninitialised instance answers it.
        var roles = ((ICommandRequest)RuntimeHelpers.GetUninitializedObject(typeof(TCommand))).AllowedRoles;
        endpoint.RequireRoles([.. roles]);
        endpoint.WithName(name).WithSummary(action.Summary).Accepts<TCommand>("application/json").Produces<CommandResult>(action.Creates ? StatusCodes.Status201Created : StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static async Task<IResult> ChangeAsync<TCommand>(Guid id, HttpContext http, IMediator mediator, string idField, CancellationToken ct) where TCommand : ICommandRequest
    {
        var expected = Versions.ExpectedFrom(http.Request);
        var command = await CommandBody.ReadAsync<TCommand>(http.Request, Fields(idField, id, expected, Versions.IdempotencyKey(http.Request)), ct);
        var result = await mediator.Send((IRequest<CommandResult>)command, ct);
        http.Response.Headers.ETag = Versions.ETag(result.Version);
        return Results.Ok(result);
    }

    /// <summary>
    /// A new stream's id comes from the client's Idempotency-Key when there is one (so a retried create finds its first
    /// result), otherwise it is new.
    /// </summary>
    private static async Task<IResult> CreateAsync<TCommand>(HttpContext http, IMediator mediator, string path, string idField, CancellationToken ct) where TCommand : ICommandRequest
    {
        var key = Versions.IdempotencyKey(http.Request);
        var id = key is null ? Guid.CreateVersion7() : IdFrom(http, key);
        var command = await CommandBody.ReadAsync<TCommand>(http.Request, Fields(idField, id, 0, key), ct);
        var result = await mediator.Send((IRequest<CommandResult>)command, ct);
        http.Response.Headers.ETag = Versions.ETag(result.Version);
        return Results.Created($"{path}/{id}", result);
    }

    private static Dictionary<string, JsonNode?> Fields(string idField, Guid id, long expectedVersion, string? commandId) => new()
    {
        [idField] = id.ToString(), ["expectedVersion"] = expectedVersion, ["commandId"] = commandId,
    };

    private static Guid IdFrom(HttpContext http, string key)
    {
        var user = http.User.FindFirst("sub")?.Value ?? "";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{user}\n{key}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
