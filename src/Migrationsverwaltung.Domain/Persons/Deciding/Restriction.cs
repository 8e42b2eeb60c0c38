using Migrationsverwaltung.Domain.Organisation;

namespace Migrationsverwaltung.Domain.Persons.Deciding;

/// <summary>Moving away, death and naturalisation end the office's responsibility and restrict the record (retention runs).</summary>
internal static class Restriction
{
    public static IReadOnlyList<PersonEvent> MoveAway(RecordMoveAway c)
    {
        Rules.Require(AuthorityCode.IsValid(c.NewOfficeCode), "Die Behördenkennzahl der neuen Ausländerbehörde besteht aus 8 Ziffern.");
        return [new PersonMovedAway(c.PersonId, c.Context.Now, c.Context.Actor.UserId, c.NewOfficeCode)];
    }

    public static IReadOnlyList<PersonEvent> Death(RecordDeath c, Person s)
    {
        RequirePlausible(c.DiedOn, c, s, "Sterbedatum");
        return [new PersonDied(c.PersonId, c.Context.Now, c.Context.Actor.UserId, c.DiedOn)];
    }

    public static IReadOnlyList<PersonEvent> Naturalisation(RecordNaturalisation c, Person s)
    {
        RequirePlausible(c.NaturalisedOn, c, s, "Datum der Einbürgerung");
        return [new PersonNaturalised(c.PersonId, c.Context.Now, c.Context.Actor.UserId, c.NaturalisedOn)];
    }

    private static void RequirePlausible(DateOnly date, PersonCommand c, Person s, string what)
    {
        Rules.Require(date <= Rules.Today(c.Context), $"Das {what} darf nicht in der Zukunft liegen.");
        Rules.Require(s.BirthDate is not { } born || date >= born, $"Das {what} darf nicht vor der Geburt liegen.");
    }
}
