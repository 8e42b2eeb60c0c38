using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Testing;

namespace Migrationsverwaltung.Api.Tests.Auth;

/// <summary>
/// One API per fixture in a chosen environment with an <c>Auth</c> section of its own, on a database of its own.
/// The sample ids are those of docs/authentication.md.
/// </summary>
public abstract class AuthApi
{
    public const string TeamA = "7e7e7e7e-0000-0000-0000-000000000001";
    public const string Audience = "migrationsverwaltung";

    private ApiFactory? _factory;

    protected string Database { get; private set; } = null!;

    internal WebApplicationFactory<Program> Api { get; private set; } = null!;

    protected abstract string Environment { get; }

    protected abstract IReadOnlyDictionary<string, string?> Settings { get; }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    [OneTimeSetUp]
    public async Task StartApi()
    {
        Database = await TestCluster.CreateDatabaseAsync(GetType().Name);
        _factory = new ApiFactory(new Dictionary<string, string?>(Settings) { ["ConnectionStrings:EventStore"] = Database });
        Api = _factory.WithWebHostBuilder(host => host.UseEnvironment(Environment).ConfigureTestServices(ConfigureServices));
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        await Api.DisposeAsync();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        await TestCluster.DropDatabaseAsync(Database);
    }

    internal async Task<HttpResponseMessage> GetMeAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await Api.CreateClient().SendAsync(request);
    }

    internal static Dictionary<string, object?> Claims(string sub = "sb-1", string? role = "Sachbearbeitung", string? team = TeamA,
        string? issuer = null, string audience = Audience, TimeSpan? expiresIn = null)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object?>
        {
            ["sub"] = sub, ["aud"] = audience, ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.Add(expiresIn ?? TimeSpan.FromMinutes(10)).ToUnixTimeSeconds(),
        };
        if (issuer is not null)
        {
            claims["iss"] = issuer;
        }
        if (role is not null)
        {
            claims["role"] = role;
        }
        if (team is not null)
        {
            claims["team"] = team;
        }
        return claims;
    }

    internal static async Task<ProblemDetails> ProblemAsync(HttpResponseMessage response)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
    }
}

/// <summary>The body of GET /api/v1/me.</summary>
internal sealed record MeResponse(string UserId, string Role, Guid? TeamId);
