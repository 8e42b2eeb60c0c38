using System.Net.Http.Headers;
using System.Security.Cryptography;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Tests.Auth;

/// <summary>
/// For HTTP tests of any feature: start the API with <see cref="Settings"/> merged into its configuration, then
/// send <c>TestTokens.Bearer(actor)</c>. The key is this test process's own; nothing is written to disk.
/// </summary>
internal static class TestTokens
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Auth:Issuer"] = DevTokens.Issuer,
        ["Auth:Audience"] = DevTokens.Audience,
        ["Auth:SigningKeys:0"] = Convert.ToBase64String(Key),
    };

    public static string For(Actor actor, int minutes = 60) =>
        DevTokens.Mint(Key, DevTokens.Audience, actor.UserId, actor.Role, actor.TeamId == Guid.Empty ? null : actor.TeamId, minutes, DateTimeOffset.UtcNow).AccessToken;

    public static AuthenticationHeaderValue Bearer(Actor actor) => new("Bearer", For(actor));
}
