namespace Migrationsverwaltung.Domain.Cases;

public enum ApplicationKind { FirstIssue, Extension, ChangeOfPurpose }

public enum ApplicationChannel { Counter, Post, Email, Online, Partner }

/// <summary>Whether the title usually needs the Bundesagentur's consent (§39 AufenthG); taken from the catalogue at receipt.</summary>
public enum BaConsentNeed { NotRequired, Required, Depends }

public enum BaOutcome { Granted, Refused, NotRequired, DeemedGranted }

public enum SecurityCheckOutcome { NoFindings, Concerns }

public enum SettlementKind { MovedAway, Died, Naturalised }

/// <summary>Why the stay counts as lawful while the application is pending (§81 AufenthG).</summary>
public enum FiktionBasis
{
    /// <summary>§81(4): extension applied for on or before the last day of the current title: it continues.</summary>
    Fortgeltung,
    /// <summary>§81(3): no title, but lawful stay: the stay is deemed permitted.</summary>
    Erlaubnisfiktion,
    /// <summary>§81(4) sentence 3: applied late; the office orders the continuation to avoid hardship.</summary>
    AngeordneteFortgeltung,
}

/// <summary>A document the office asks for: a catalogue code (e.g. "PASS") and a note for the letter.</summary>
public sealed record MissingItem(string DocumentCode, string? Note = null);
