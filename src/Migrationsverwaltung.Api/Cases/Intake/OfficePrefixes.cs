using System.Collections.Concurrent;
using Migrationsverwaltung.Domain.Organisation;

namespace Migrationsverwaltung.Api.Cases.Intake;

/// <summary>
/// The file-number prefix of each office, read from the office's stream once and then kept: the prefix is fixed when
/// the office is established (establishing again with another prefix is refused), so it can never go stale. Spares
/// every registration a replay of the office's stream (teams and staff, dozens of events).
/// </summary>
public sealed class OfficePrefixes(EventStore.EventStore store)
{
    private readonly ConcurrentDictionary<Guid, string> _prefixes = new();

    /// <summary>The prefix, or null while the office is not established (not cached, so it is read again next time).</summary>
    public async Task<string?> OfPrefixAsync(Guid officeId, CancellationToken cancellationToken)
    {
        if (_prefixes.TryGetValue(officeId, out var known))
        {
            return known;
        }
        var office = await store.AggregateStreamAsync(officeId, Office.Initial, (o, e) => OfficeEvolution.Evolve(o, (OfficeEvent)e), cancellationToken: cancellationToken);
        if (office is not { State.IsEstablished: true })
        {
            return null;
        }
        return _prefixes.GetOrAdd(officeId, office.State.FileNumberPrefix);
    }
}
