namespace Migrationsverwaltung.Domain.Common;

/// <summary>A command the rules forbid in the current state; the message is for the caseworker, in German.</summary>
public sealed class RuleViolation(string message) : Exception(message);
