namespace Migrationsverwaltung.Domain.Appointments;

/// <summary>The municipal service standard: waiting time from request to appointment, median and 90th percentile, share within 14 days.</summary>
public sealed record ServiceStandard(int Count, TimeSpan? Median, TimeSpan? Percentile90, double? ShareWithin14Days)
{
    public static readonly TimeSpan Standard = TimeSpan.FromDays(14);

    public static ServiceStandard Of(IEnumerable<TimeSpan> waits)
    {
        var sorted = waits.Order().ToList();
        return sorted.Count == 0
            ? new ServiceStandard(0, null, null, null)
            : new ServiceStandard(sorted.Count, Percentile(sorted, 0.5), Percentile(sorted, 0.9), (double)sorted.Count(w => w <= Standard) / sorted.Count);
    }

    /// <summary>Linear interpolation between closest ranks (as PostgreSQL's percentile_cont).</summary>
    private static TimeSpan Percentile(List<TimeSpan> sorted, double p)
    {
        var rank = p * (sorted.Count - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }
}
