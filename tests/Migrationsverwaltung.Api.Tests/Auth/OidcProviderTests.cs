using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;

namespace Migrationsverwaltung.Api.Tests.Auth;

/// <summary>
/// With <c>Auth:MetadataAddress</c> the keys come from the provider's JWKS and its issuer is trusted, as with
/// Keycloak. The provider is a stub behind the bearer handler's back channel; the tokens are jose's (RS256, kid).
/// </summary>
public sealed class OidcProviderTests : AuthApi
{
    private const string Realm = "https://keycloak.example.test/realms/amt";
    private readonly RSA _rsa = RSA.Create(2048);

    protected override string Environment => "Production";

    [OneTimeTearDown]
    public void DisposeKey() => _rsa.Dispose();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Auth:MetadataAddress"] = $"{Realm}/.well-known/openid-configuration",
        ["Auth:Audience"] = Audience,
    };

    protected override void ConfigureServices(IServiceCollection services) =>
        services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options => options.BackchannelHttpHandler = new KeycloakStub(_rsa.ExportParameters(includePrivateParameters: false)));

    [Test]
    public async Task Given_a_token_signed_with_a_key_of_the_providers_JWKS_When_asking_who_am_i_Then_it_is_accepted()
    {
        var claims = Claims("admin-1", role: null, team: null, issuer: Realm);
        claims["realm_access"] = new { roles = new[] { "default-roles-amt", "Administration" } };

        using var response = await GetMeAsync(await SignAsync(claims));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await response.Content.ReadFromJsonAsync<MeResponse>(), Is.EqualTo(new MeResponse("admin-1", "Administration", null)));
    }

    [Test]
    public async Task Given_a_token_of_another_realm_When_calling_Then_401()
    {
        using var response = await GetMeAsync(await SignAsync(Claims(issuer: "https://keycloak.example.test/realms/other")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("the issuer is not trusted"));
    }

    private Task<string> SignAsync(IReadOnlyDictionary<string, object?> claims) =>
        JoseTokens.SignAsync(new JoseSpec("RS256", claims, PrivateKeyPem: _rsa.ExportPkcs8PrivateKeyPem(), Kid: "amt-1"));

    /// <summary>The discovery document and the JWKS, as Keycloak serves them (only the fields the handler reads).</summary>
    private sealed class KeycloakStub(RSAParameters key) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            object? body = request.RequestUri!.AbsoluteUri switch
            {
                $"{Realm}/.well-known/openid-configuration" => new Dictionary<string, string>
                {
                    ["issuer"] = Realm,
                    ["jwks_uri"] = $"{Realm}/protocol/openid-connect/certs",
                    ["authorization_endpoint"] = $"{Realm}/protocol/openid-connect/auth",
                    ["token_endpoint"] = $"{Realm}/protocol/openid-connect/token",
                },
                $"{Realm}/protocol/openid-connect/certs" => new
                {
                    keys = new[]
                    {
                        new { kid = "amt-1", kty = "RSA", alg = "RS256", use = "sig", n = Base64Url.EncodeToString(key.Modulus), e = Base64Url.EncodeToString(key.Exponent) },
                    },
                },
                _ => null,
            };
            return Task.FromResult(body is null
                ? new HttpResponseMessage(HttpStatusCode.NotFound)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json") });
        }
    }
}
