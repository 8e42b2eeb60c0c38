using Microsoft.AspNetCore.Authorization;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Infrastructure.Auth;

/// <summary>The token must stand for an <see cref="Actor"/> of ours, optionally in one of the given roles.</summary>
internal sealed class ActorRequirement(IReadOnlySet<Role>? roles) : AuthorizationHandler<ActorRequirement>, IAuthorizationRequirement
{
    public IReadOnlySet<Role>? Roles { get; } = roles;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ActorRequirement requirement)
    {
        var reading = ActorClaims.Read(context.User);
        if (reading.Actor is not { } actor)
        {
            context.Fail(new AuthorizationFailureReason(this, reading.Detail ?? "Das Token beschreibt keinen Benutzer dieser Anwendung."));
        }
        else if (requirement.Roles is { } allowed && !allowed.Contains(actor.Role))
        {
            context.Fail(new AuthorizationFailureReason(this,
                $"Die Rolle {actor.Role} darf das nicht; erlaubt: {string.Join(", ", allowed.Order())}."));
        }
        else
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>
/// Every endpoint needs an authenticated actor (the fallback policy) unless it says <c>AllowAnonymous()</c>;
/// <see cref="RequireRoles"/> narrows an endpoint to some roles (403 for the others).
/// </summary>
public static class AuthPolicies
{
    public static AuthorizationPolicy AnyRole { get; } = Build(null);

    public static AuthorizationPolicy Roles(params Role[] roles) => Build(roles.ToHashSet());

    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params Role[] roles) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Roles(roles));

    private static AuthorizationPolicy Build(IReadOnlySet<Role>? roles) =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new ActorRequirement(roles)).Build();
}
