using System.Net;
using Migrationsverwaltung.Api.Tests.Cases;

namespace Migrationsverwaltung.Api.Tests.Http;

/// <summary>
/// Every endpoint × every role: anonymous → 401 (except the public ones), a role the endpoint is not for → 403,
/// a role it is for → neither (the answer may still be 2xx or a domain 4xx for the made-up stream) and never 500.
/// </summary>
public sealed class RoleMatrixTests : ApiTestBase
{
    private static readonly string[] Roles = ["Sachbearbeitung", "Teamleitung", "Revision", "Administration", "Partner"];

    /// <summary>The matrix, written out: who may use which endpoint.</summary>
    private static IReadOnlySet<string> AllowedRoles(ApiEndpoint endpoint) => endpoint switch
    {
        { Template: var t } when t.StartsWith("/api/v1/status", StringComparison.Ordinal) => Set(["anonymous", .. Roles]),
        { Template: "/api/v1/me" } => Set(Roles),
        { Template: var t } when t.StartsWith("/api/v1/public/", StringComparison.Ordinal) => Set(["anonymous", .. Roles]),
        { Method: "POST", Template: "/api/v1/appointment-locations" } => Set("Administration"),
        { Template: var t } when t.StartsWith("/api/v1/appointment", StringComparison.Ordinal) => Set("Sachbearbeitung", "Teamleitung"),
        { Template: "/api/v1/emergency-triage" or "/api/v1/emergency-requests" } => Set("Sachbearbeitung", "Teamleitung"),
        { Template: "/api/v1/access-log" } => Set("Revision"),
        { Template: var t } when t.StartsWith("/api/v1/audit/", StringComparison.Ordinal) => Set("Revision"),
        { Template: "/dashboard" } => Set("Teamleitung", "Revision"),
        { Template: "/dashboard/dashboard.css" } => Set(["anonymous", .. Roles]),
        { Method: "GET", Template: var t } when t.StartsWith("/api/v1/cases", StringComparison.Ordinal) || t.StartsWith("/api/v1/persons", StringComparison.Ordinal)
            => Set("Sachbearbeitung", "Teamleitung", "Revision"),
        { Template: var t } when t.EndsWith("/rejection-approval", StringComparison.Ordinal) || t.EndsWith("/rejection-proposal-returns", StringComparison.Ordinal)
            => Set("Teamleitung"),
        { Template: var t } when t.StartsWith("/api/v1/offices", StringComparison.Ordinal) => Set("Administration"),
        { Template: var t } when t.StartsWith("/api/v1/partner/", StringComparison.Ordinal) => Set("Partner"),
        { Template: var t } when t.EndsWith("/file/legal-holds", StringComparison.Ordinal) || t.EndsWith("/file/legal-hold-lifts", StringComparison.Ordinal)
            => Set("Teamleitung", "Administration"),
        { Template: var t } when t.StartsWith("/api/v1/retention", StringComparison.Ordinal) => Set("Administration"),
        { Template: "/api/v1/xdomea/imports" } => Set("Sachbearbeitung", "Teamleitung"),
        { Template: var t } when t.StartsWith("/api/v1/cases", StringComparison.Ordinal) || t.StartsWith("/api/v1/persons", StringComparison.Ordinal)
            => Set("Sachbearbeitung", "Teamleitung"),
        { Template: var t } when t.StartsWith("/api/v1/backlog", StringComparison.Ordinal) => Set("Teamleitung", "Revision"),
        { Template: "/api/v1/inbox" } => Set("Sachbearbeitung", "Teamleitung"),
        _ => throw new InvalidOperationException($"The role matrix has no row for {endpoint.Method} {endpoint.Template}: add one."),
    };

    [Test]
    public async Task Every_endpoint_answers_every_role_as_the_matrix_says()
    {
        (await Api.WaitUntilReadyAsync()).Dispose();
        await CaseDriver.EstablishOfficeAsync(Api.Services);
        var endpoints = ApiEndpoint.All(Api);
        Assert.That(endpoints, Has.Count.GreaterThanOrEqualTo(70));
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = Api.CreateClient() };
        foreach (var role in Roles)
        {
            clients[role] = await Api.ClientAsAsync($"{role.ToLowerInvariant()}-matrix", role, role is "Sachbearbeitung" or "Teamleitung" or "Partner" ? CaseDriver.Team : null);
        }

        var wrong = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var allowed = AllowedRoles(endpoint);
            foreach (var (who, client) in clients)
            {
                using var response = await SendAsync(client, endpoint);
                var status = (int)response.StatusCode;
                var expected = allowed.Contains(who) ? "allowed" : who == "anonymous" ? "401" : "403";
                var ok = expected switch
                {
                    "allowed" => status is not (401 or 403) and < 500,
                    _ => status == int.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
                };
                if (!ok)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    wrong.Add($"{endpoint.Method} {endpoint.Template} as {who}: {status}, expected {expected} ({body[..Math.Min(200, body.Length)]})");
                }
            }
        }
        TestContext.Out.WriteLine($"{endpoints.Count} endpoints × {clients.Count} callers checked");
        Assert.That(wrong, Is.Empty, string.Join("\n", wrong));
    }

    [Test]
    public async Task A_role_a_command_is_not_for_gets_403_before_its_body_is_even_read()
    {
        var auditor = await Api.ClientAsAsync("rev-1", "Revision");

        using var response = await auditor.SendAsync(HttpClientExtensions.Request($"/api/v1/cases/{Guid.NewGuid()}/grant", "{ not json", 1));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, ApiEndpoint endpoint) => endpoint.Method == "GET"
        ? client.GetAsync(endpoint.Path(Guid.NewGuid()) + (endpoint.Template == "/api/v1/access-log" ? $"?subject={Guid.NewGuid()}" : ""))
        : client.SendAsync(HttpClientExtensions.Request(endpoint.Path(Guid.NewGuid()), endpoint.ValidShapeBody().ToJsonString(), endpoint.Creates ? null : 1));

    private static HashSet<string> Set(params string[] roles) => [.. roles];
}
