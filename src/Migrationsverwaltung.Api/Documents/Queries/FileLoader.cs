using Migrationsverwaltung.Domain.Files;
using Migrationsverwaltung.EventStore;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Documents.Queries;

/// <summary>Folds a person's file from its stream; a person without documents has an empty, unopened file.</summary>
public sealed class FileLoader(Store store)
{
    public async Task<(PersonFile File, long Version, IReadOnlyList<StoredEvent> Events)> LoadAsync(Guid personId, CancellationToken cancellationToken)
    {
        var events = await store.ReadStreamAsync(FileIds.Of(personId), cancellationToken: cancellationToken);
        var file = FileEvolution.Replay(events.Select(e => e.Data).OfType<FileEvent>());
        return (file, events.Count == 0 ? 0 : events[^1].Version, events);
    }
}
