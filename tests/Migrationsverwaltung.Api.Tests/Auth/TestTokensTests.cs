using System.Net;
using System.Net.Http.Json;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Tests.Auth;

/// <summary>The helper other HTTP tests use to act as a sample user.</summary>
public sealed class TestTokensTests : AuthApi
{
    protected override string Environment => "Production";

    protected override IReadOnlyDictionary<string, string?> Settings => TestTokens.Settings;

    [Test]
    public async Task Given_the_test_settings_When_a_test_acts_as_a_team_lead_Then_the_api_sees_that_actor()
    {
        var teamLead = new Actor("tl-2", Role.Teamleitung, Guid.Parse(TeamA));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me") { Headers = { Authorization = TestTokens.Bearer(teamLead) } };

        using var response = await Api.CreateClient().SendAsync(request);

        Assert.That(await response.Content.ReadFromJsonAsync<MeResponse>(), Is.EqualTo(new MeResponse("tl-2", "Teamleitung", Guid.Parse(TeamA))));
    }
}
