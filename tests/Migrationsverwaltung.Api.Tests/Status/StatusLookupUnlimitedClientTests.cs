using System.Net;
using Migrationsverwaltung.Api.Infrastructure.Persistence;

namespace Migrationsverwaltung.Api.Tests.Status;

public sealed class StatusLookupUnlimitedClientTests : ApiTestBase
{
    [Test]
    public async Task Given_a_client_configured_as_unlimited_When_it_looks_up_beyond_the_limit_Then_every_lookup_is_answered()
    {
        var host = await StatusHost.StartAsync(Api, permitsPerMinute: 2,
            new Dictionary<string, string?> { ["StatusLookup:UnlimitedClients:0"] = "127.0.0.1" }, IPAddress.Loopback);

        for (var i = 0; i < 6; i++)
        {
            using var answer = await host.LookUpAsync(StatusTokens.Create());
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"lookup {i + 1}");
        }
    }

    [Test]
    public async Task Given_another_client_is_unlimited_When_this_one_looks_up_beyond_the_limit_Then_it_is_refused()
    {
        var host = await StatusHost.StartAsync(Api, permitsPerMinute: 2,
            new Dictionary<string, string?> { ["StatusLookup:UnlimitedClients:0"] = "10.1.2.3" }, IPAddress.Parse("10.9.9.9"));

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var answer = await host.LookUpAsync(StatusTokens.Create());
            codes.Add(answer.StatusCode);
        }

        Assert.That(codes, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
    }
}
