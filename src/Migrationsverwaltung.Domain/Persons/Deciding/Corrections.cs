namespace Migrationsverwaltung.Domain.Persons.Deciding;

internal static class Corrections
{
    /// <summary>Names are corrected, never silently changed: always with a reason, also on a restricted record.</summary>
    public static IReadOnlyList<PersonEvent> CorrectName(CorrectName c, Person s)
    {
        var names = Names.Checked(c.FamilyName, c.GivenNames, c.FormerNames);
        if (names.Family == s.FamilyName && names.Given == s.GivenNames && names.Former == s.FormerNames)
        {
            return Rules.Nothing;
        }
        var reason = Rules.RequireReason(c.Context, "Namensberichtigung");
        return [new NameCorrected(c.PersonId, c.Context.Now, c.Context.Actor.UserId, names.Family, names.Given, names.Former, reason)];
    }
}
