using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;
using static Migrationsverwaltung.Domain.Tests.Persons.PersonFixture;

namespace Migrationsverwaltung.Domain.Tests.Persons;

/// <summary>One valid command of each kind after registration, each of which would change the registered person.</summary>
internal static class PersonCommands
{
    public static IEnumerable<PersonCommand> AllButRegistering(CommandContext context)
    {
        yield return new GiveContactConsent(PersonId, context, ContactChannel.Email);
        yield return new WithdrawContactConsent(PersonId, context, ContactChannel.Email);
        yield return new RecordPreferredLanguage(PersonId, context, "fa");
        yield return new ChangeContactDetails(PersonId, context, "a.haddad@example.net", null);
        yield return new ChangeAddress(PersonId, context, new Address("Rheinstraße", "3", "47799", "Krefeld", "DEU"));
        yield return new RecordAzrNumber(PersonId, context, "123456789012");
        yield return new RecordPassport(PersonId, context, "N01234567", "SYR", new DateOnly(2030, 1, 31));
        yield return new RecordCurrentTitle(PersonId, context, "AE-18B", new DateOnly(2027, 6, 30));
        yield return new CorrectName(PersonId, context, "Al-Haddad", "Amira", null);
        yield return new RecordMoveAway(PersonId, context, "05111000");
        yield return new RecordDeath(PersonId, context, new DateOnly(2026, 3, 1));
        yield return new RecordNaturalisation(PersonId, context, new DateOnly(2026, 3, 1));
    }
}
