namespace Migrationsverwaltung.Xdomea;

/// <summary>
/// A package or message we received is malformed, breaks the xdomea 3.0.0 schema, exceeds a limit or
/// does not match its own checksums. The message is German and safe to show (no file contents); the API
/// maps it to 400.
/// </summary>
public sealed class XdomeaFormatException(string message, Exception? inner = null) : Exception(message, inner);
