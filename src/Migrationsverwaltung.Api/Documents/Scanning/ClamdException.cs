namespace Migrationsverwaltung.Api.Documents.Scanning;

/// <summary>clamd could not be reached, did not answer in time, or answered with an error. The message is German, without content.</summary>
public sealed class ClamdException(string message, Exception? inner = null) : Exception(message, inner);
