using System.Security.Claims;
using System.Text.Json;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Infrastructure.Auth;

/// <summary>
/// Maps a validated token's claims to the <see cref="Actor"/>: <c>sub</c> is the user id; the role is the one
/// value among <c>role</c>, <c>roles</c> and Keycloak's <c>realm_access.roles</c> that names one of our roles
/// (other values, such as Keycloak's <c>offline_access</c>, are ignored); <c>team</c> is a GUID.
/// A token without <c>sub</c> or with a malformed team is invalid (401); an authentic token that gives no single
/// role of ours, or a team role without a team, is not allowed in (403).
/// </summary>
internal static class ActorClaims
{
    public const string Subject = "sub";
    public const string Team = "team";
    private static readonly string[] RoleClaims = ["role", "roles"];
    private static readonly Dictionary<string, Role> RoleNames =
        Enum.GetValues<Role>().ToDictionary(role => role.ToString(), StringComparer.OrdinalIgnoreCase);

    public static ActorReading Read(ClaimsPrincipal user)
    {
        var userId = user.FindFirst(Subject)?.Value;
        if (string.IsNullOrWhiteSpace(userId))
        {
            return ActorReading.Invalid("the token has no subject (sub)", "Das Token nennt keinen Benutzer (Claim „sub“ fehlt).");
        }
        if (!TryReadTeam(user, out var team))
        {
            return ActorReading.Invalid("the team claim is not one GUID", "Der Claim „team“ ist keine gültige Team-ID (GUID).");
        }
        var roles = RoleValues(user).Select(value => RoleNames.TryGetValue(value, out var role) ? role : (Role?)null)
            .OfType<Role>().Distinct().ToList();
        return roles switch
        {
            [] => ActorReading.Refused("Das Token gibt keine Rolle dieser Anwendung (Claim „role“, „roles“ oder „realm_access.roles“)."),
            [_, _, ..] => ActorReading.Refused($"Das Token gibt mehrere Rollen ({string.Join(", ", roles)}); bitte mit genau einer Rolle anmelden."),
            [var role] when team is null && role is Role.Sachbearbeitung or Role.Teamleitung =>
                ActorReading.Refused($"Für die Rolle {role} fehlt im Token das Team (Claim „team“)."),
            [var role] => ActorReading.Of(new Actor(userId, role, team ?? Guid.Empty)),
        };
    }

    public static bool TryParseRole(string? value, out Role role)
    {
        role = default;
        return value is not null && RoleNames.TryGetValue(value, out role);
    }

    /// <summary>No team claim is fine (the role decides whether one is needed); one that is not a GUID is not.</summary>
    private static bool TryReadTeam(ClaimsPrincipal user, out Guid? team)
    {
        team = null;
        var values = user.FindAll(Team).Select(c => c.Value).ToList();
        if (values.Count == 0)
        {
            return true;
        }
        if (values.Count > 1 || !Guid.TryParse(values[0], out var parsed) || parsed == Guid.Empty)
        {
            return false;
        }
        team = parsed;
        return true;
    }

    private static IEnumerable<string> RoleValues(ClaimsPrincipal user)
    {
        foreach (var claim in user.Claims)
        {
            if (RoleClaims.Contains(claim.Type))
            {
                yield return claim.Value;
            }
            else if (claim.Type == "realm_access")
            {
                foreach (var role in RealmRoles(claim.Value))
                {
                    yield return role;
                }
            }
        }
    }

    /// <summary>Keycloak puts realm roles in <c>{"realm_access": {"roles": [...]}}</c>; anything else there is ignored.</summary>
    private static IEnumerable<string> RealmRoles(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("roles", out var roles) && roles.ValueKind == JsonValueKind.Array
                ? roles.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToList()
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

/// <summary>The actor a token stands for, or why there is none: <see cref="IsInvalid"/> (401) or refused (403).</summary>
internal sealed record ActorReading(Actor? Actor, bool IsInvalid, string? Reason, string? Detail)
{
    public static ActorReading Of(Actor actor) => new(actor, false, null, null);

    /// <param name="reason">English and ASCII: it goes into the WWW-Authenticate header.</param>
    public static ActorReading Invalid(string reason, string detail) => new(null, true, reason, detail);

    public static ActorReading Refused(string detail) => new(null, false, null, detail);
}
