namespace Migrationsverwaltung.Domain.Organisation.Deciding;

internal static class Founding
{
    public static IReadOnlyList<OfficeEvent> Establish(EstablishOffice c)
    {
        Rules.Require(AuthorityCode.IsValid(c.AuthorityCode), "Die Behördenkennzahl muss aus 8 Ziffern bestehen (z. B. 05114000).");
        Rules.Require(FileNumber.IsValidPrefix(c.FileNumberPrefix),
            "Das Präfix für Aktenzeichen muss aus 2 bis 10 Großbuchstaben bestehen (z. B. ABH).");
        Rules.Require(!string.IsNullOrWhiteSpace(c.Name), "Die Behörde braucht einen Namen.");
        return [new OfficeEstablished(c.OfficeId, c.Context.Now, c.Context.Actor.UserId, c.AuthorityCode, c.FileNumberPrefix, c.Name.Trim())];
    }

    /// <summary>The same set-up again changes nothing; the code and prefix of an established office never change.</summary>
    public static IReadOnlyList<OfficeEvent> Repeat(EstablishOffice c, Office s) =>
        c.AuthorityCode == s.AuthorityCode && c.FileNumberPrefix == s.FileNumberPrefix && c.Name?.Trim() == s.Name
            ? Rules.Nothing
            : throw new Common.RuleViolation($"Die Behörde ist bereits eingerichtet (Behördenkennzahl {s.AuthorityCode}, Präfix {s.FileNumberPrefix}).");
}
