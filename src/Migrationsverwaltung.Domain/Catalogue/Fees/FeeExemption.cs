namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>A personal ground that removes or replaces a fee. The caseworker records it; the calculator applies it.</summary>
public enum FeeExemption
{
    None,

    /// <summary>Asylberechtigte, recognised refugees, subsidiary protection, resettlement (§ 52(3) AufenthV): title fees are 0.</summary>
    RecognisedRefugee,

    /// <summary>Holders of a scholarship from public funds (§ 52 AufenthV): title fees are 0.</summary>
    ScholarshipHolder,

    /// <summary>EU–Turkey association law (§ 52a AufenthV): title fees are the Personalausweis fee for the age.</summary>
    TurkishAssociationLaw,
}
