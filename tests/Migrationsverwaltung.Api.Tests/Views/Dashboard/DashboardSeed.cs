namespace Migrationsverwaltung.Api.Tests.Views.Dashboard;

/// <summary>
/// The dashboard's data: <see cref="ViewStories.MixAsync"/> (every step, risks, decisions, handovers) plus cases of
/// the second team at other ages, one of them decided there.
/// </summary>
internal static class DashboardSeed
{
    public static async Task SeedAsync(ViewStories stories)
    {
        var today = stories.Today;
        await stories.MixAsync();
        foreach (var (title, age) in new[] { ("AE_16B", 3), ("AE_28", 20), ("AE_28", 50), ("NE_9", 130) })
        {
            var d = await stories.ReceivedAsync(title, today.AddDays(-age), "sb-3");
            await stories.AssignedAsync(d, today.AddDays(-age), null, ViewsTestBase.OtherTeam);
        }
        var decided = await stories.ReceivedAsync("AE_28", today.AddDays(-130), "sb-3");
        await stories.ReadyForDecisionAsync(decided, today.AddDays(-100));
        await stories.GrantedAsync(decided, today.AddDays(-60));
        await stories.AssignedAsync(decided, today.AddDays(-59), null, ViewsTestBase.OtherTeam);
    }
}
