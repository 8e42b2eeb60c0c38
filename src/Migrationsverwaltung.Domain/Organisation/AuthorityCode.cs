namespace Migrationsverwaltung.Domain.Organisation;

/// <summary>
/// The Behördenkennzahl of an Ausländerbehörde as the AZR and XAusländer use it: 8 digits, in practice the
/// official municipality key of its seat (Krefeld: "05114000").
/// </summary>
public static class AuthorityCode
{
    public const int Length = 8;

    public static bool IsValid(string? code) => code is { Length: Length } && code.All(char.IsAsciiDigit);
}
