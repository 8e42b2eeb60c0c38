namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>One line of the fee schedule: the amount in euro cents and the provision that sets it.</summary>
public sealed record FeeItem(long Cents, string LegalBasis)
{
    public decimal Euros => Cents / 100m;
}
