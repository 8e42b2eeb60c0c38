namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>
/// The fee for a German Personalausweis (PAuswGebV), which the AufenthV borrows twice: as the whole fee for
/// Turkish association-law beneficiaries (§ 52a) and for the Aufenthaltskarte (§ 47(3)). It steps at age 24.
/// It changes with the PAuswGebV, not the AufenthV, so it is held per catalogue version.
/// </summary>
public sealed record IdCardFee(long Cents, long Under24Cents, string Source)
{
    public long For(int ageAtApplication) => ageAtApplication < 24 ? Under24Cents : Cents;
}
