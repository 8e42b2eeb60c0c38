using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;

namespace Migrationsverwaltung.Api.Tests;

public sealed class ErrorResponseTests : ApiTestBase
{
    [Test]
    public async Task When_requesting_an_unknown_route_Then_it_answers_404_problem_details()
    {
        using var response = await Api.CreateClient().GetAsync("/no/such/route?name=Mustermann");
        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem?.Status, Is.EqualTo(404));
            Assert.That(problem?.Title, Is.EqualTo("Not Found"));
            Assert.That(body, Does.Not.Contain("Mustermann"));
        }
    }

    [Test]
    public async Task When_using_a_method_a_route_does_not_allow_Then_it_answers_405_problem_details()
    {
        using var response = await Api.CreateClient().DeleteAsync("/health/live");
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(problem?.Status, Is.EqualTo(405));
    }
}
