using Microsoft.Extensions.Options;
using Migrationsverwaltung.Api.Views.Backlog;

namespace Migrationsverwaltung.Api.Tests.Views.Backlog;

/// <summary>The short reuse of a computed summary: per day and team, only within its time, shared by concurrent callers.</summary>
public sealed class BacklogSummaryCacheTests
{
    private static readonly DateOnly Today = new(2026, 9, 30);

    [Test]
    public async Task A_summary_is_reused_within_its_time_per_day_and_team_and_computed_again_after()
    {
        var clock = new PinnedClock(Today);
        var cache = new BacklogSummaryCache(Options.Create(new ViewsOptions { BacklogSummaryCacheMilliseconds = 1000 }), clock);
        var computed = 0;
        Task<GetBacklogSummary.Summary> Compute() => Task.FromResult(Summary(++computed));

        var first = await cache.GetAsync(Today, null, Compute);
        var again = await cache.GetAsync(Today, null, Compute);
        var otherTeam = await cache.GetAsync(Today, Guid.NewGuid(), Compute);
        clock.Now += TimeSpan.FromMilliseconds(1001);
        var later = await cache.GetAsync(Today, null, Compute);
        var nextDay = await cache.GetAsync(Today.AddDays(1), null, Compute);

        Assert.That((first.TotalOpen, again.TotalOpen, otherTeam.TotalOpen, later.TotalOpen, nextDay.TotalOpen), Is.EqualTo((1, 1, 2, 3, 4)));
    }

    [Test]
    public async Task Concurrent_callers_share_one_computation_and_zero_turns_reuse_off()
    {
        var clock = new PinnedClock(Today);
        var shared = new BacklogSummaryCache(Options.Create(new ViewsOptions()), clock);
        var off = new BacklogSummaryCache(Options.Create(new ViewsOptions { BacklogSummaryCacheMilliseconds = 0 }), clock);
        var computed = 0;
        var gate = new TaskCompletionSource();
        async Task<GetBacklogSummary.Summary> Slow()
        {
            Interlocked.Increment(ref computed);
            await gate.Task;
            return Summary(computed);
        }

        var callers = Enumerable.Range(0, 8).Select(_ => shared.GetAsync(Today, null, Slow)).ToList();
        gate.SetResult();
        await Task.WhenAll(callers);
        var uncached = await off.GetAsync(Today, null, () => Task.FromResult(Summary(42)));
        var uncachedAgain = await off.GetAsync(Today, null, () => Task.FromResult(Summary(43)));

        Assert.That(computed, Is.EqualTo(1));
        Assert.That((uncached.TotalOpen, uncachedAgain.TotalOpen), Is.EqualTo((42, 43)));
    }

    private static GetBacklogSummary.Summary Summary(int total) =>
        new(Today, null, AgeBuckets.All, total, new Dictionary<string, int>(), [], []);
}
