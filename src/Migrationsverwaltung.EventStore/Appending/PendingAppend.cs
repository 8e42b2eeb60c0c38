namespace Migrationsverwaltung.EventStore.Appending;

/// <summary>
/// Events a unit of work will append to one stream. ExpectedVersion 0 creates the stream; a conflict then is
/// "already exists" when the caller started the stream explicitly, else a concurrency error.
/// </summary>
internal sealed record PendingAppend(Guid StreamId, long ExpectedVersion, string? StreamType, IReadOnlyList<object> Events, bool ExplicitStart)
{
    public bool StartsStream => ExpectedVersion == 0;
}
