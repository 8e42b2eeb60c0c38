using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Tests.Auth;

/// <summary>The claims-to-actor mapping and the middleware that hands the actor to the commands, without HTTP.</summary>
public sealed class ActorMappingTests
{
    private static readonly Guid TeamA = Guid.Parse(AuthApi.TeamA);

    [Test]
    public async Task Given_an_actor_set_before_the_request_When_a_token_names_another_Then_the_first_one_stays()
    {
        var current = new CurrentActor();
        var job = new Actor("job-1", Role.Administration, Guid.Empty);
        current.Set(job);

        await new ActorMiddleware(_ => Task.CompletedTask).InvokeAsync(Context(User(("sub", "sb-1"), ("role", "Sachbearbeitung"), ("team", AuthApi.TeamA))), current);

        Assert.That(current.Actor, Is.EqualTo(job));
    }

    [Test]
    public async Task Given_a_token_with_a_role_of_ours_When_the_request_passes_Then_the_commands_see_its_actor()
    {
        var current = new CurrentActor();

        await new ActorMiddleware(_ => Task.CompletedTask).InvokeAsync(Context(User(("sub", "sb-1"), ("role", "Sachbearbeitung"), ("team", AuthApi.TeamA))), current);

        Assert.That(current.Actor, Is.EqualTo(new Actor("sb-1", Role.Sachbearbeitung, TeamA)));
    }

    [Test]
    public async Task Given_an_anonymous_request_When_it_passes_Then_no_actor_is_set()
    {
        var current = new CurrentActor();

        await new ActorMiddleware(_ => Task.CompletedTask).InvokeAsync(Context(new ClaimsPrincipal(new ClaimsIdentity())), current);

        Assert.That(current.IsKnown, Is.False);
    }

    [TestCase("roles", "partner", "Partner")]
    [TestCase("role", "REVISION", "Revision")]
    public void Given_a_role_in_any_case_Then_it_maps_to_ours(string claim, string value, string expected)
    {
        var reading = ActorClaims.Read(User(("sub", "u-1"), (claim, value), (claim, "offline_access")));

        Assert.That(reading.Actor?.Role.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void Given_a_realm_access_claim_that_is_not_json_Then_it_gives_no_role()
    {
        var reading = ActorClaims.Read(User(("sub", "u-1"), ("realm_access", "{not json")));

        Assert.That(reading, Has.Property(nameof(ActorReading.Actor)).Null.And.Property(nameof(ActorReading.IsInvalid)).False);
    }

    [Test]
    public void Given_a_numeric_role_Then_it_is_no_role_of_ours()
    {
        Assert.That(ActorClaims.Read(User(("sub", "u-1"), ("role", "1"))).Actor, Is.Null);
    }

    [Test]
    public async Task Given_an_endpoint_for_revision_only_When_a_caseworker_asks_Then_the_refusal_names_the_roles()
    {
        await using var services = new ServiceCollection().AddLogging().AddAuthorization().BuildServiceProvider();
        var authorization = services.GetRequiredService<IAuthorizationService>();
        var caseworker = User(("sub", "sb-1"), ("role", "Sachbearbeitung"), ("team", AuthApi.TeamA));

        var refused = await authorization.AuthorizeAsync(caseworker, null, AuthPolicies.Roles(Role.Revision, Role.Administration));
        var allowed = await authorization.AuthorizeAsync(caseworker, null, AuthPolicies.Roles(Role.Sachbearbeitung));

        Assert.That(refused.Succeeded, Is.False);
        Assert.That(refused.Failure!.FailureReasons.Single().Message, Is.EqualTo("Die Rolle Sachbearbeitung darf das nicht; erlaubt: Revision, Administration."));
        Assert.That(allowed.Succeeded, Is.True);
    }

    private static ClaimsPrincipal User(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "Bearer", "sub", "role"));

    private static DefaultHttpContext Context(ClaimsPrincipal user) => new() { User = user };
}
