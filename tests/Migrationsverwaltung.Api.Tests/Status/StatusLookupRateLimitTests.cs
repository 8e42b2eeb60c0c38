using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Migrationsverwaltung.Api.Infrastructure.Persistence;

namespace Migrationsverwaltung.Api.Tests.Status;

public sealed class StatusLookupRateLimitTests : ApiTestBase
{
    private StatusHost _host = null!;

    [OneTimeSetUp]
    public async Task StartHost() => _host = await StatusHost.StartAsync(Api, permitsPerMinute: 3);

    [Test]
    public async Task Given_a_limit_of_three_per_minute_When_a_client_looks_up_a_fourth_time_Then_it_gets_429_with_Retry_After()
    {
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await _host.LookUpAsync(StatusTokens.Create());
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"lookup {i + 1}");
        }

        using var refused = await _host.LookUpAsync(StatusTokens.Create());
        var problem = await refused.Content.ReadFromJsonAsync<ProblemDetails>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(refused.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(refused.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem?.Status, Is.EqualTo(429));
            Assert.That(problem?.Title, Is.EqualTo("Zu viele Anfragen"));
            Assert.That(problem?.Extensions, Does.ContainKey("traceId"));
        }
    }
}
