using Migrationsverwaltung.Api.Infrastructure.Commands;

namespace Migrationsverwaltung.Api.Infrastructure.Auth;

/// <summary><c>GET /api/v1/me</c>: who the token says you are, as the commands will see you.</summary>
internal static class Me
{
    public sealed record Response(string UserId, string Role, Guid? TeamId);

    public static IEndpointConventionBuilder MapMe(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v1/me", (CurrentActor current) =>
                TypedResults.Ok(new Response(current.Actor.UserId, current.Actor.Role.ToString(),
                    current.Actor.TeamId == Guid.Empty ? null : current.Actor.TeamId)))
            .RequireAuthorization()
            .WithName("GetMe")
            .WithSummary("Wer bin ich: Benutzer, Rolle und Team, wie das Token sie nennt")
            .WithTags("Auth")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
