using Microsoft.AspNetCore.Hosting;

namespace Migrationsverwaltung.Api.Tests.Auth;

/// <summary>A wrong <c>Auth</c> section stops the start with a message naming the key, not the first request.</summary>
public sealed class MisconfigurationTests
{
    [TestCase("Auth:SigningKeys:0", "c2hvcnQ=", "Auth:SigningKeys:0 has 5 bytes",
        TestName = "Given_an_HS256_key_shorter_than_32_bytes_When_the_api_starts_Then_it_refuses")]
    [TestCase("Auth:SigningKeys:0", "not base64 at all", "Auth:SigningKeys:0 is neither PEM nor base64",
        TestName = "Given_a_signing_key_that_is_not_base64_When_the_api_starts_Then_it_refuses")]
    [TestCase("Auth:MetadataAddress", "http://sso.example.test/realms/amt/.well-known/openid-configuration", "HTTPS",
        TestName = "Given_a_metadata_address_without_https_When_the_api_starts_Then_it_refuses")]
    public async Task RefusesToStart(string key, string value, string message)
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:EventStore"] = "Host=127.0.0.1;Port=1;Database=unused",
            ["Auth:Issuer"] = "https://login.example.test",
            [key] = value,
        });
        await using var production = factory.WithWebHostBuilder(host => host.UseEnvironment("Production"));

        var refused = Assert.Catch(() => production.CreateClient());

        Assert.That(refused!.ToString(), Does.Contain(message));
    }
}
