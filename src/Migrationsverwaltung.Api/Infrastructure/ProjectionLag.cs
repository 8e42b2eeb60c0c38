using System.Globalization;
using Migrationsverwaltung.EventStore.Daemon;

namespace Migrationsverwaltung.Api.Infrastructure;

/// <summary>Which async projection is further behind than allowed, and which open transaction holds it there.</summary>
internal static class ProjectionLag
{
    public static async Task<string?> BeyondAsync(ProjectionDaemon daemon, long maxEventsBehind, CancellationToken cancellationToken)
    {
        if (daemon.ProjectionNames.Count == 0)
        {
            return null;
        }
        var behind = (await daemon.StatusAsync(cancellationToken)).Where(s => s.EventsBehind > maxEventsBehind).ToList();
        if (behind.Count == 0)
        {
            return null;
        }
        return string.Join("; ", behind.Select(s => s.BlockingBackend is { } blocker
            ? string.Create(CultureInfo.InvariantCulture,
                $"{s.Name}: {s.EventsBehind} events behind, {s.HeldBackByOpenTransaction} held back by the open transaction of backend {blocker.Pid} (database {blocker.Database}, application {blocker.Application}, since {blocker.TransactionStart:O})")
            : string.Create(CultureInfo.InvariantCulture, $"{s.Name}: {s.EventsBehind} events behind")));
    }
}
