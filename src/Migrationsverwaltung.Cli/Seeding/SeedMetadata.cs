using System.Collections.Concurrent;
using Migrationsverwaltung.EventStore;

namespace Migrationsverwaltung.Cli.Seeding;

/// <summary>Who wrote a synthetic event: the simulated user, and a correlation id that marks the data as seeded.</summary>
internal static class SeedMetadata
{
    public const string CorrelationId = "mvw-seed";
    private static readonly ConcurrentDictionary<string, EventMetadata> ByUser = new();

    public static EventMetadata For(string userId) =>
        ByUser.GetOrAdd(userId, user => new EventMetadata { UserName = user, CorrelationId = CorrelationId });
}
