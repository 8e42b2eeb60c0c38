namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>
/// What a command did: the stream, its new version (the next If-Match) and the stored names of the events.
/// A repeated command that changed nothing returns the unchanged version and no events.
/// Extra holds values shown once (the file number, the status token on registration).
/// </summary>
public sealed record CommandResult(Guid StreamId, long Version, IReadOnlyList<string> Events, IReadOnlyDictionary<string, string>? Extra = null);
