using System.Collections.Concurrent;

namespace Migrationsverwaltung.Api.Views.Backlog;

/// <summary>Configuration section "Views".</summary>
public sealed class ViewsOptions
{
    /// <summary>
    /// How long one computed backlog summary answers further requests for the same day and team (0 = never).
    /// The projection is asynchronous anyway (lag under 2 s); a second of reuse turns many dashboards refreshing at
    /// once into one pass over the open cases.
    /// </summary>
    public int BacklogSummaryCacheMilliseconds { get; set; } = 1000;
}

/// <summary>
/// Reuses a backlog summary for a short time, per (today, team); concurrent requests for the same key share one
/// computation. The key holds today, so a new day never sees yesterday's buckets.
/// </summary>
public sealed class BacklogSummaryCache(Microsoft.Extensions.Options.IOptions<ViewsOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(DateOnly, Guid?), (DateTimeOffset Until, Lazy<Task<GetBacklogSummary.Summary>> Value)> _entries = new();

    public async Task<GetBacklogSummary.Summary> GetAsync(DateOnly today, Guid? team, Func<Task<GetBacklogSummary.Summary>> compute)
    {
        var ttl = TimeSpan.FromMilliseconds(options.Value.BacklogSummaryCacheMilliseconds);
        if (ttl <= TimeSpan.Zero)
        {
            return await compute();
        }
        var now = clock.GetUtcNow();
        var key = (today, team);
        var entry = _entries.AddOrUpdate(key,
            _ => (now + ttl, new Lazy<Task<GetBacklogSummary.Summary>>(compute)),
            (_, old) => old.Until > now && !old.Value.Value.IsFaulted ? old : (now + ttl, new Lazy<Task<GetBacklogSummary.Summary>>(compute)));
        foreach (var stale in _entries.Where(e => e.Key.Item1 != today))
        {
            _entries.TryRemove(stale.Key, out _);
        }
        return await entry.Value.Value;
    }
}
