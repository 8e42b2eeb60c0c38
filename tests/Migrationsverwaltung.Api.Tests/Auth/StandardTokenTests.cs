using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;

namespace Migrationsverwaltung.Api.Tests.Auth;

/// <summary>
/// Tokens minted by jose (npm) against the API as configured for production: issuer, audience, a base64 HS256
/// key and an RSA public key in PEM. No development key: the environment is Production.
/// </summary>
public sealed class StandardTokenTests : AuthApi
{
    private const string Issuer = "https://login.example.test/realms/amt";
    private static readonly string Secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly RSA _rsa = RSA.Create(2048);

    protected override string Environment => "Production";

    [OneTimeTearDown]
    public void DisposeKey() => _rsa.Dispose();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Auth:Issuer"] = Issuer,
        ["Auth:Audience"] = Audience,
        ["Auth:SigningKeys:0"] = Secret,
        ["Auth:SigningKeys:1"] = _rsa.ExportSubjectPublicKeyInfoPem(),
    };

    [Test]
    public async Task Given_a_jose_HS256_token_When_asking_who_am_i_Then_the_actor_is_its_sub_role_and_team()
    {
        using var response = await GetMeAsync(await Hs256Async(Claims(issuer: Issuer)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await response.Content.ReadFromJsonAsync<MeResponse>(), Is.EqualTo(new MeResponse("sb-1", "Sachbearbeitung", Guid.Parse(TeamA))));
    }

    [Test]
    public async Task Given_a_jose_RS256_token_and_the_public_key_in_PEM_When_asking_who_am_i_Then_it_is_accepted()
    {
        var token = await JoseTokens.SignAsync(new JoseSpec("RS256", Claims("rev-1", role: "Revision", team: null, issuer: Issuer),
            PrivateKeyPem: _rsa.ExportPkcs8PrivateKeyPem()));

        using var response = await GetMeAsync(token);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await response.Content.ReadFromJsonAsync<MeResponse>(), Is.EqualTo(new MeResponse("rev-1", "Revision", null)));
    }

    [Test]
    public async Task Given_no_token_When_calling_a_protected_endpoint_Then_401_problem_details_with_WWW_Authenticate_Bearer()
    {
        using var response = await GetMeAsync(null);
        var problem = await ProblemAsync(response);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer"));
            Assert.That(problem.Status, Is.EqualTo(401));
            Assert.That(problem.Title, Is.EqualTo("Nicht angemeldet"));
            Assert.That(problem.Extensions, Does.ContainKey("traceId"));
        }
    }

    [TestCase(-60, "the token expired", TestName = "Given_a_token_expired_a_minute_ago_When_calling_Then_401_as_the_clock_skew_is_small")]
    [TestCase(-10 * 60, "the token expired", TestName = "Given_an_expired_token_When_calling_Then_401")]
    public async Task Expired(int expiresInSeconds, string reason)
    {
        await AssertInvalidTokenAsync(await GetMeAsync(await Hs256Async(Claims(issuer: Issuer, expiresIn: TimeSpan.FromSeconds(expiresInSeconds)))), reason);
    }

    [Test]
    public async Task Given_a_token_that_expired_seconds_ago_When_calling_Then_the_clock_skew_still_accepts_it()
    {
        using var response = await GetMeAsync(await Hs256Async(Claims(issuer: Issuer, expiresIn: TimeSpan.FromSeconds(-5))));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Given_a_token_for_another_audience_When_calling_Then_401() =>
        await AssertInvalidTokenAsync(await GetMeAsync(await Hs256Async(Claims(issuer: Issuer, audience: "account"))), "the token is meant for another audience");

    [Test]
    public async Task Given_a_token_from_another_issuer_When_calling_Then_401() =>
        await AssertInvalidTokenAsync(await GetMeAsync(await Hs256Async(Claims(issuer: "https://evil.example.test"))), "the issuer is not trusted");

    [Test]
    public async Task Given_a_token_signed_with_another_key_When_calling_Then_401()
    {
        var token = await JoseTokens.SignAsync(new JoseSpec("HS256", Claims(issuer: Issuer), Secret: Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

        await AssertInvalidTokenAsync(await GetMeAsync(token), "the signature is invalid");
    }

    [Test]
    public async Task Given_a_token_with_a_forged_payload_When_calling_Then_401()
    {
        var parts = (await Hs256Async(Claims(issuer: Issuer))).Split('.');
        var forged = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            $$"""{"sub":"admin-1","role":"Administration","iss":"{{Issuer}}","aud":"{{Audience}}","exp":{{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}}"""));

        await AssertInvalidTokenAsync(await GetMeAsync($"{parts[0]}.{forged}.{parts[2]}"), "the signature is invalid");
    }

    [Test]
    public async Task Given_an_unsigned_token_alg_none_When_calling_Then_401()
    {
        string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
        var unsigned = $$"""{{Encode("""{"alg":"none","typ":"JWT"}""")}}.{{Encode(
            $$"""{"sub":"admin-1","role":"Administration","iss":"{{Issuer}}","aud":"{{Audience}}","exp":{{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}}""")}}.""";

        using var response = await GetMeAsync(unsigned);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer error=\"invalid_token\""));
    }

    [Test]
    public async Task Given_a_token_with_a_malformed_team_When_calling_Then_401_naming_the_team_claim()
    {
        var problem = await AssertInvalidTokenAsync(await GetMeAsync(await Hs256Async(Claims(issuer: Issuer, team: "team-a"))), "the team claim is not one GUID");

        Assert.That(problem.Detail, Does.Contain("„team“"));
    }

    [Test]
    public async Task Given_a_token_without_sub_When_calling_Then_401()
    {
        var claims = Claims(issuer: Issuer);
        claims.Remove("sub");

        await AssertInvalidTokenAsync(await GetMeAsync(await Hs256Async(claims)), "the token has no subject (sub)");
    }

    [TestCase("Hausmeister", TestName = "Given_an_unknown_role_When_calling_Then_403_problem_details")]
    [TestCase(null, TestName = "Given_a_token_without_role_When_calling_Then_403_problem_details")]
    public async Task Refused(string? role)
    {
        using var response = await GetMeAsync(await Hs256Async(Claims(issuer: Issuer, role: role)));
        var problem = await ProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(problem.Title, Is.EqualTo("Nicht erlaubt"));
        Assert.That(problem.Detail, Does.Contain("keine Rolle dieser Anwendung"));
    }

    [Test]
    public async Task Given_a_caseworker_token_without_team_When_calling_Then_403()
    {
        using var response = await GetMeAsync(await Hs256Async(Claims(issuer: Issuer, team: null)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await ProblemAsync(response)).Detail, Does.Contain("Team"));
    }

    [Test]
    public async Task Given_two_roles_of_ours_in_a_roles_array_When_calling_Then_403_asking_for_one()
    {
        var claims = Claims(issuer: Issuer, role: null);
        claims["roles"] = new[] { "Sachbearbeitung", "Teamleitung" };

        using var response = await GetMeAsync(await Hs256Async(claims));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await ProblemAsync(response)).Detail, Does.Contain("genau einer Rolle"));
    }

    [Test]
    public async Task Given_Keycloak_realm_roles_among_others_When_asking_who_am_i_Then_the_one_role_of_ours_counts()
    {
        var claims = Claims("tl-1", issuer: Issuer, role: null);
        claims["realm_access"] = new { roles = new[] { "offline_access", "uma_authorization", "teamleitung" } };

        using var response = await GetMeAsync(await Hs256Async(claims));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await response.Content.ReadFromJsonAsync<MeResponse>(), Is.EqualTo(new MeResponse("tl-1", "Teamleitung", Guid.Parse(TeamA))));
    }

    [Test]
    public async Task Given_a_refused_token_When_calling_an_anonymous_endpoint_Then_it_answers_as_for_anyone()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Authorization = new("Bearer", "not-a-jwt");

        using var response = await Api.CreateClient().SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Given_no_token_When_requesting_an_unknown_route_Then_it_is_404_not_401()
    {
        using var response = await Api.CreateClient().GetAsync("/api/v1/no-such-thing");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static Task<string> Hs256Async(IReadOnlyDictionary<string, object?> claims) =>
        JoseTokens.SignAsync(new JoseSpec("HS256", claims, Secret: Secret));

    private static async Task<Microsoft.AspNetCore.Mvc.ProblemDetails> AssertInvalidTokenAsync(HttpResponseMessage response, string reason)
    {
        using (response)
        {
            var problem = await ProblemAsync(response);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
                Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo($"Bearer error=\"invalid_token\", error_description=\"{reason}\""));
                Assert.That(problem.Status, Is.EqualTo(401));
                Assert.That(problem.Title, Is.EqualTo("Nicht angemeldet"));
            }
            return problem;
        }
    }
}
