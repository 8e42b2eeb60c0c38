namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// Whether issuing the title usually needs the Bundesagentur für Arbeit's consent (§ 39 AufenthG). "Usually",
/// because the BeschV exempts many constellations; the caseworker confirms it per case.
/// The members mirror <c>Cases.BaConsentNeed</c> so the case can copy the value at receipt.
/// </summary>
public enum BaConsentRequirement
{
    NotRequired,
    Required,

    /// <summary>Depends on the job or the BeschV provision (e.g. Blue Card in a shortage occupation).</summary>
    Depends,
}
