using Migrationsverwaltung.Api.Infrastructure.Commands;

namespace Migrationsverwaltung.Api.Infrastructure.Auth;

/// <summary>
/// Hands the token's actor to the MediatR pipeline through the scoped <see cref="CurrentActor"/>. An actor set
/// earlier in the scope (a test, a job) is left alone; without a usable token none is set, and commands refuse.
/// </summary>
internal sealed class ActorMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentActor current)
    {
        if (!current.IsKnown && context.User.Identity?.IsAuthenticated == true && ActorClaims.Read(context.User).Actor is { } actor)
        {
            current.Set(actor);
        }
        return next(context);
    }
}
