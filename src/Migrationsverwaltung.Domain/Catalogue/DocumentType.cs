namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// A kind of paper the office asks for. The code is stable (cases and letters store it); the German name is what
/// the applicant reads in a request for missing documents (§ 82(1) AufenthV).
/// </summary>
public sealed record DocumentType(string Code, string GermanName, string? Note = null);
