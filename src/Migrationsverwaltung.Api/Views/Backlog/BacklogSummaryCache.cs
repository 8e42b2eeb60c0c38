using System.Collections.Concurrent;

namespace Migrationsverwaltung.Api.Views.Backlog;

/// <summary>Configuration section "Views".</summary>
public sealed class ViewsOptions
{
    /// <summary>
    /// How long one computed backlog summary is fresh for further requests of the same day, office and team (0 = never
    /// reused). After that the next request still gets it at once while one new computation runs in the background.
    /// The projection is asynchronous anyway (lag under 2 s); this turns many dashboards refreshing at once into
    /// one pass over the open cases a second, and no reader waits for that pass.
    /// </summary>
    public int BacklogSummaryCacheMilliseconds { get; set; } = 1000;
}

/// <summary>
/// Reuses a backlog summary answer (the summary and its JSON, serialised once) per (today, scope); the scope holds the
/// caller's office and the team filter (<see cref="BacklogScope"/>), so two offices never share an answer. Fresh: returned as
/// it is. Stale: returned as it is while one refresh runs (stale-while-revalidate), so only the first request of a
/// day and team waits for a computation. A failed computation is not kept: the next request computes again and waits.
/// Concurrent requests for the same key share one computation. The key holds today, so a new day never sees
/// yesterday's buckets.
/// </summary>
public sealed class BacklogSummaryCache(Microsoft.Extensions.Options.IOptions<ViewsOptions> options, TimeProvider clock)
{
    private sealed class Entry(Task<GetBacklogSummary.Answer> current, DateTimeOffset freshUntil)
    {
        public Task<GetBacklogSummary.Answer> Current { get; set; } = current;
        public DateTimeOffset FreshUntil { get; set; } = freshUntil;
        public Task? Refreshing { get; set; }
    }

    private readonly ConcurrentDictionary<(DateOnly, BacklogScope), Entry> _entries = new();

    public Task<GetBacklogSummary.Answer> GetAsync(DateOnly today, BacklogScope scope, Func<Task<GetBacklogSummary.Answer>> compute)
    {
        var ttl = TimeSpan.FromMilliseconds(options.Value.BacklogSummaryCacheMilliseconds);
        if (ttl <= TimeSpan.Zero)
        {
            return compute();
        }
        foreach (var stale in _entries.Keys.Where(k => k.Item1 != today))
        {
            _entries.TryRemove(stale, out _);
        }
        var now = clock.GetUtcNow();
        var entry = _entries.GetOrAdd((today, scope), _ => new Entry(Start(compute), now + ttl));
        lock (entry)
        {
            if (entry.Current.IsFaulted || entry.Current.IsCanceled)
            {
                (entry.Current, entry.FreshUntil) = (Start(compute), now + ttl);
            }
            else if (entry.FreshUntil <= now && entry.Current.IsCompletedSuccessfully && entry.Refreshing is null)
            {
                entry.Refreshing = RefreshAsync(entry, compute, ttl);
            }
            return entry.Current;
        }
    }

    private async Task RefreshAsync(Entry entry, Func<Task<GetBacklogSummary.Answer>> compute, TimeSpan ttl)
    {
        var next = Start(compute);
        try
        {
            await next;
        }
        catch (Exception)
        {
            // The stale answer stays; a later request tries again. The failure itself is the computation's to log.
        }
        lock (entry)
        {
            if (next.IsCompletedSuccessfully)
            {
                (entry.Current, entry.FreshUntil) = (next, clock.GetUtcNow() + ttl);
            }
            entry.Refreshing = null;
        }
    }

    /// <summary>The computation runs on the pool, detached from the caller (a request going away must not cancel a shared result).</summary>
    private static Task<GetBacklogSummary.Answer> Start(Func<Task<GetBacklogSummary.Answer>> compute) => Task.Run(compute);
}
