using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;

namespace Migrationsverwaltung.Api.Tests.Http;

public sealed class HttpHardeningTests : ApiTestBase
{
    [TestCase("/health/live")]
    [TestCase("/no/such/route")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        using var response = await Api.CreateClient().GetAsync(path);

        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'none'"));
        Assert.That(response.Headers.GetValues("X-Correlation-Id").Single(), Is.Not.Empty);
    }

    [Test]
    public async Task A_body_over_the_limit_is_refused_with_413_problem_details_before_anything_is_read()
    {
        using var content = new ByteArrayContent(new byte[1024 * 1024 + 1]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await Api.CreateClient().PostAsync($"/api/v1/cases/{Guid.NewGuid()}/grant", content);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(problem!.Status, Is.EqualTo(413));
    }

    [Test]
    public async Task Cross_origin_requests_get_no_CORS_grant_unless_an_origin_is_configured()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await Api.CreateClient().SendAsync(request);

        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [Test]
    public async Task A_client_correlation_id_is_echoed_and_a_hostile_one_replaced()
    {
        var client = Api.CreateClient();
        using var good = new HttpRequestMessage(HttpMethod.Get, "/health/live") { Headers = { { "X-Correlation-Id", "abc-123" } } };
        using var bad = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        bad.Headers.TryAddWithoutValidation("X-Correlation-Id", new string('x', 500));

        using var echoed = await client.SendAsync(good);
        using var replaced = await client.SendAsync(bad);

        Assert.That(echoed.Headers.GetValues("X-Correlation-Id").Single(), Is.EqualTo("abc-123"));
        Assert.That(replaced.Headers.GetValues("X-Correlation-Id").Single(), Has.Length.LessThanOrEqualTo(100));
    }
}
