using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Views.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace Migrationsverwaltung.Api.Tests.Views.Teams;

/// <summary>The "teams" projection: the names of the teams as formed, read at once, and the same after a rebuild from zero.</summary>
public sealed class TeamsProjectionTests : ViewsTestBase
{
    [Test]
    public async Task Teams_are_named_as_formed_and_a_rebuild_from_zero_gives_the_same_rows()
    {
        var names = await TeamNames.LoadAsync(Services.GetRequiredService<Npgsql.NpgsqlDataSource>(), CancellationToken.None);
        var before = await SnapshotAsync(TeamsProjection.Table);

        await RebuildInlineProjectionAsync("teams");

        Assert.That(names, Is.EquivalentTo(new Dictionary<Guid, string> { [CaseDriver.Team] = "Team 1", [OtherTeam] = "Aufenthalt Nord" }));
        Assert.That(await SnapshotAsync(TeamsProjection.Table), Is.EqualTo(before));
    }
}
