using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Migrationsverwaltung.Api.Infrastructure.Auth;

/// <summary>
/// JWT bearer authentication (docs/authentication.md): the <c>Auth</c> section, a fallback policy that lets
/// only a token with a role of ours through (endpoints opt out with <c>AllowAnonymous()</c>), and the
/// middleware that hands the actor to the command pipeline.
/// </summary>
public static class AuthSetup
{
    public static IServiceCollection AddAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthSettings>().BindConfiguration(AuthSettings.Section);
        services.AddSingleton<DevSigningKey>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>();
        // Bad keys or an http metadata address stop the start instead of the first request.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).ValidateOnStart();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(AuthPolicies.AnyRole)
            .SetFallbackPolicy(AuthPolicies.AnyRole);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthorizationResults>();
        return services;
    }

    /// <summary>After routing and the error responses, before anything that reads the user (event metadata, commands).</summary>
    public static IApplicationBuilder UseAuth(this IApplicationBuilder app) =>
        app.UseAuthentication().UseMiddleware<ActorMiddleware>().UseAuthorization();

    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMe();
        if (endpoints.ServiceProvider.GetRequiredService<DevSigningKey>().IsEnabled)
        {
            endpoints.MapDevTokens();
        }
        return endpoints;
    }
}
