using System.Text.Json;
using Microsoft.Extensions.Options;
using Migrationsverwaltung.Api.Views.Backlog;

namespace Migrationsverwaltung.Api.Tests.Views.Backlog;

/// <summary>The short reuse of a computed summary: per day and team, fresh within its time, then served stale while one refresh runs; shared by concurrent callers.</summary>
public sealed class BacklogSummaryCacheTests
{
    private static readonly DateOnly Today = new(2026, 9, 30);

    private static readonly BacklogScope AllOffices = new(AllOffices: true, OfficeId: null, TeamId: null);

    [Test]
    public async Task A_summary_is_reused_within_its_time_per_day_and_team_and_refreshed_after_without_making_a_reader_wait()
    {
        var clock = new PinnedClock(Today);
        var cache = new BacklogSummaryCache(Options.Create(new ViewsOptions { BacklogSummaryCacheMilliseconds = 1000 }), clock);
        var computed = 0;
        var gate = new TaskCompletionSource();
        async Task<GetBacklogSummary.Answer> Compute()
        {
            var number = Interlocked.Increment(ref computed);
            if (number == 3)
            {
                await gate.Task; // the refresh of the office-wide summary
            }
            return Answer(number);
        }

        var first = await cache.GetAsync(Today, AllOffices, Compute);
        var again = await cache.GetAsync(Today, AllOffices, Compute);
        var otherTeam = await cache.GetAsync(Today, AllOffices with { TeamId = Guid.NewGuid() }, Compute);
        clock.Now += TimeSpan.FromMilliseconds(1001);
        var staleWhileRefreshing = await cache.GetAsync(Today, AllOffices, Compute);
        var stillStale = await cache.GetAsync(Today, AllOffices, Compute);
        gate.SetResult();
        var refreshed = await EventuallyAsync(() => cache.GetAsync(Today, AllOffices, Compute), a => a.Summary.TotalOpen == 3);
        var refreshCount = computed;
        var nextDay = await cache.GetAsync(Today.AddDays(1), AllOffices, Compute);

        Assert.That((first.Summary.TotalOpen, again.Summary.TotalOpen, otherTeam.Summary.TotalOpen), Is.EqualTo((1, 1, 2)));
        Assert.That((staleWhileRefreshing.Summary.TotalOpen, stillStale.Summary.TotalOpen), Is.EqualTo((1, 1)), "the old answer, at once, while one refresh runs");
        Assert.That((refreshed.Summary.TotalOpen, refreshCount), Is.EqualTo((3, 3)), "one refresh, no second one started meanwhile");
        Assert.That(JsonDocument.Parse(refreshed.Json).RootElement.GetProperty("totalOpen").GetInt32(), Is.EqualTo(3), "the JSON is the refreshed summary's");
        Assert.That(nextDay.Summary.TotalOpen, Is.EqualTo(4), "a new day computes its own");
    }

    [Test]
    public async Task Concurrent_callers_share_one_computation_a_failure_is_not_kept_and_zero_turns_reuse_off()
    {
        var clock = new PinnedClock(Today);
        var shared = new BacklogSummaryCache(Options.Create(new ViewsOptions()), clock);
        var off = new BacklogSummaryCache(Options.Create(new ViewsOptions { BacklogSummaryCacheMilliseconds = 0 }), clock);
        var computed = 0;
        var gate = new TaskCompletionSource();
        async Task<GetBacklogSummary.Answer> Slow()
        {
            Interlocked.Increment(ref computed);
            await gate.Task;
            return Answer(computed);
        }

        var callers = Enumerable.Range(0, 8).Select(_ => shared.GetAsync(Today, AllOffices, Slow)).ToList();
        gate.SetResult();
        await Task.WhenAll(callers);
        var team = AllOffices with { TeamId = Guid.NewGuid() };
        Assert.ThrowsAsync<InvalidOperationException>(() => shared.GetAsync(Today, team, () => throw new InvalidOperationException("database down")));
        var afterFailure = await shared.GetAsync(Today, team, () => Task.FromResult(Answer(7)));
        var uncached = await off.GetAsync(Today, AllOffices, () => Task.FromResult(Answer(42)));
        var uncachedAgain = await off.GetAsync(Today, AllOffices, () => Task.FromResult(Answer(43)));

        Assert.That(computed, Is.EqualTo(1));
        Assert.That(afterFailure.Summary.TotalOpen, Is.EqualTo(7));
        Assert.That((uncached.Summary.TotalOpen, uncachedAgain.Summary.TotalOpen), Is.EqualTo((42, 43)));
    }

    private static async Task<GetBacklogSummary.Answer> EventuallyAsync(Func<Task<GetBacklogSummary.Answer>> read, Func<GetBacklogSummary.Answer, bool> done)
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            var answer = await read();
            if (done(answer))
            {
                return answer;
            }
            await Task.Delay(10);
        }
        return await read();
    }

    private static GetBacklogSummary.Answer Answer(int total) =>
        new(new(Today, null, AgeBuckets.All, total, new Dictionary<string, int>(), [], []), new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
