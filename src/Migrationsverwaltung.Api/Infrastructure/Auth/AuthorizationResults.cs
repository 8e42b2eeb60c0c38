using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Migrationsverwaltung.Api.Infrastructure.Auth;

/// <summary>
/// Where authorization says no. A 403 names the reason (no role of ours, the wrong role); a 401 goes to the
/// bearer challenge (<see cref="AuthProblems.ChallengeAsync"/>). Requests that match no route (404) or not its
/// method (405) get that answer instead: the fallback policy would otherwise turn every unknown URL into a 401.
/// </summary>
internal sealed class AuthorizationResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Succeeded && context.GetEndpoint() is not RouteEndpoint)
        {
            return next(context);
        }
        if (authorizeResult.Forbidden)
        {
            var reasons = authorizeResult.AuthorizationFailure?.FailureReasons.Select(r => r.Message).ToList() ?? [];
            return AuthProblems.ForbidAsync(context, reasons.Count > 0 ? string.Join(" ", reasons) : "Diese Anfrage ist für Ihre Rolle nicht erlaubt.");
        }
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
