namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// A version, title code or document code that the catalogue does not know. Thrown rather than guessed: a case
/// must never silently fall back to another version's rules.
/// </summary>
public sealed class CatalogueEntryNotFoundException(string message) : KeyNotFoundException(message);
