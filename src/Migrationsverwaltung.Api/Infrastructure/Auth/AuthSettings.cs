using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Migrationsverwaltung.Api.Infrastructure.Auth;

/// <summary>The <c>Auth</c> section: who issues our tokens, for which audience, and how to check their signature.</summary>
public sealed class AuthSettings
{
    public const string Section = "Auth";

    /// <summary>The expected <c>iss</c>. With <see cref="MetadataAddress"/> the provider's issuer is accepted too.</summary>
    public string? Issuer { get; set; }

    /// <summary>The expected <c>aud</c>: the tokens must be meant for this API.</summary>
    public string Audience { get; set; } = DevTokens.Audience;

    /// <summary>Base64 HS256 keys (at least 32 bytes) and/or RSA public keys in PEM.</summary>
    public string[] SigningKeys { get; set; } = [];

    /// <summary>An OIDC discovery document (e.g. Keycloak's <c>…/realms/NAME/.well-known/openid-configuration</c>); its JWKS keys are used.</summary>
    public string? MetadataAddress { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;

    public int ClockSkewSeconds { get; set; } = 30;

    /// <summary>Development only: the local HS256 key file (relative to the content root), created on first use.</summary>
    public string? DevKeyFile { get; set; }

    public IReadOnlyList<SecurityKey> ParseSigningKeys() =>
        SigningKeys.Select((text, index) => (text, index)).Where(k => !string.IsNullOrWhiteSpace(k.text)).Select(k => ParseKey(k.text, k.index)).ToList();

    private static SecurityKey ParseKey(string text, int index)
    {
        if (text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            var rsa = RSA.Create();
            try
            {
                rsa.ImportFromPem(text);
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException($"Auth:SigningKeys:{index} is PEM but not an RSA public key: {e.Message}", e);
            }
            return new RsaSecurityKey(rsa);
        }
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"Auth:SigningKeys:{index} is neither PEM nor base64.", e);
        }
        return key.Length >= 32
            ? new SymmetricSecurityKey(key)
            : throw new InvalidOperationException($"Auth:SigningKeys:{index} has {key.Length} bytes; an HS256 key needs at least 32.");
    }
}
