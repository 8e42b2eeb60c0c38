using Migrationsverwaltung.Domain.Persons;
using static Migrationsverwaltung.Domain.Tests.Persons.PersonFixture;

namespace Migrationsverwaltung.Domain.Tests.Persons;

public class CorrectingNameTests
{
    [Test]
    public void Given_a_person_When_the_name_is_corrected_with_a_reason_Then_NameCorrected_and_the_new_names_apply()
    {
        var events = Decide(new CorrectName(PersonId, Context(" Schreibweise laut Pass "), " Al-Haddad ", "Amira Nour", "Haddad"), Registered());

        Assert.That(events, Is.EqualTo(new PersonEvent[]
        {
            new NameCorrected(PersonId, Now, Caseworker, "Al-Haddad", "Amira Nour", "Haddad", "Schreibweise laut Pass"),
        }));
        var person = StateAfter(RegisteredAnd([.. events]));
        Assert.That((person.FamilyName, person.GivenNames, person.FormerNames), Is.EqualTo(("Al-Haddad", "Amira Nour", "Haddad")));
    }

    [Test]
    public void Given_a_person_When_the_name_is_corrected_without_a_reason_Then_it_is_refused()
    {
        Assert.That(() => Decide(new CorrectName(PersonId, Context(" "), "Al-Haddad", "Amira", null), Registered()), Refused("Namensberichtigung"));
    }

    [Test]
    public void Given_a_person_When_the_same_names_are_given_Then_nothing_happens_even_without_a_reason()
    {
        Assert.That(Decide(new CorrectName(PersonId, Context(), "Haddad", " Amira ", ""), Registered()), Is.Empty);
    }

    [Test]
    public void Given_a_person_When_the_family_name_is_corrected_to_nothing_Then_it_is_refused()
    {
        Assert.That(() => Decide(new CorrectName(PersonId, Context("Tippfehler"), "", "Amira", null), Registered()), Refused("Familienname"));
    }
}
