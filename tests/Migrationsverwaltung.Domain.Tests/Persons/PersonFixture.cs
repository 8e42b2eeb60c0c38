using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;
using NUnit.Framework.Constraints;

namespace Migrationsverwaltung.Domain.Tests.Persons;

/// <summary>Amira Haddad, born in Aleppo, living in Krefeld: the person of these tests.</summary>
internal static class PersonFixture
{
    public static readonly Guid PersonId = Guid.Parse("0b000000-0000-0000-0000-000000000001");
    public static readonly Guid OfficeId = Guid.Parse("0a000000-0000-0000-0000-000000000001");
    public static readonly DateTimeOffset Now = BerlinClock.At(2026, 3, 4, 9);
    public static readonly DateOnly Today = new(2026, 3, 4);
    public static readonly DateOnly BirthDate = new(1990, 5, 17);
    public static readonly Address Krefeld = new("Ostwall", "104", "47798", "Krefeld", "DEU");
    public const string Caseworker = "sb-1";

    public static CommandContext Context(string? reason = null) =>
        new(new Actor(Caseworker, Role.Sachbearbeitung, Guid.Parse("0a000000-0000-0000-0000-0000000000a1")), Now, reason);

    public static RegisterPerson Register() => new(
        PersonId, Context(), OfficeId, "Haddad", "Amira", null, BirthDate, "Aleppo", Sex.Female, "SYR", Krefeld,
        "amira.haddad@example.org", "+49 2151 123456", null);

    public static PersonRegistered Registered() => new(
        PersonId, Now, Caseworker, OfficeId, "Haddad", "Amira", null, BirthDate, "Aleppo", Sex.Female, "SYR", Krefeld,
        "amira.haddad@example.org", "+49 2151 123456", null);

    /// <summary>Registered and, when given, more events after that.</summary>
    public static PersonEvent[] RegisteredAnd(params PersonEvent[] more) => [Registered(), .. more];

    public static PersonDied Died() => new(PersonId, Now, Caseworker, new DateOnly(2026, 2, 20));

    public static PersonMovedAway MovedAway() => new(PersonId, Now, Caseworker, "05315000");

    public static PersonNaturalised Naturalised() => new(PersonId, Now, Caseworker, new DateOnly(2026, 1, 15));

    public static IReadOnlyList<PersonEvent> Decide(PersonCommand command, params PersonEvent[] given) =>
        PersonDecider.Decide(command, PersonEvolution.Replay(given));

    public static Person StateAfter(params PersonEvent[] events) => PersonEvolution.Replay(events);

    public static IResolveConstraint Refused(string messagePart) => Throws.TypeOf<RuleViolation>().With.Message.Contains(messagePart);
}
