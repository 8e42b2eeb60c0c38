using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Infrastructure.Auth;

/// <summary>
/// <c>POST /dev/tokens</c> {userId, role, team?, minutes?} → {access_token, expires_at}: a token for a sample
/// user, signed with the local key. Mapped only in Development (see <see cref="DevSigningKey"/>); elsewhere the
/// route does not exist (404).
/// </summary>
internal static class DevTokenEndpoint
{
    public sealed record Request(string? UserId, string? Role, Guid? Team, int? Minutes);

    public sealed record Response(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_at")] DateTimeOffset ExpiresAt);

    public static IEndpointConventionBuilder MapDevTokens(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/dev/tokens", (Request request, DevSigningKey key, IOptions<AuthSettings> settings, TimeProvider clock) =>
            {
                // An ArgumentException is bad input: ErrorMapping answers 400 with its message.
                var role = ActorClaims.TryParseRole(request.Role, out var parsed)
                    ? parsed
                    : throw new ArgumentException($"role must be one of {string.Join(", ", Enum.GetNames<Role>())}.", nameof(request.Role));
                var token = DevTokens.Mint(key.Bytes, settings.Value.Audience, request.UserId ?? "", role, request.Team,
                    request.Minutes ?? DevTokens.DefaultMinutes, clock.GetUtcNow());
                return TypedResults.Ok(new Response(token.AccessToken, token.ExpiresAt));
            })
            .AllowAnonymous()
            .WithName("MintDevelopmentToken")
            // A development helper, not part of the API's contract: the OpenAPI document is the same in every environment.
            .ExcludeFromDescription();
}
