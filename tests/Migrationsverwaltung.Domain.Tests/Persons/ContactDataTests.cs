using Migrationsverwaltung.Domain.Persons;
using static Migrationsverwaltung.Domain.Tests.Persons.PersonFixture;

namespace Migrationsverwaltung.Domain.Tests.Persons;

public class ContactDataTests
{
    [Test]
    public void Given_a_person_When_contact_details_change_Then_ContactDetailsChanged_with_the_new_values()
    {
        var events = Decide(new ChangeContactDetails(PersonId, Context(), " a.haddad@example.net ", null), Registered());

        Assert.That(events, Is.EqualTo(new PersonEvent[] { new ContactDetailsChanged(PersonId, Now, Caseworker, "a.haddad@example.net", null) }));
        var person = StateAfter(RegisteredAnd([.. events]));
        Assert.That((person.Email, person.Phone), Is.EqualTo(("a.haddad@example.net", (string?)null)));
    }

    [Test]
    public void Given_a_person_When_the_same_contact_details_are_given_Then_nothing_happens()
    {
        Assert.That(Decide(new ChangeContactDetails(PersonId, Context(), "amira.haddad@example.org", "+49 2151 123456 "), Registered()), Is.Empty);
    }

    [TestCase("amira@example", null, "E-Mail-Adresse")]
    [TestCase(null, "12", "Telefonnummer")]
    public void Given_a_person_When_new_contact_details_are_malformed_Then_it_is_refused(string? email, string? phone, string messagePart)
    {
        Assert.That(() => Decide(new ChangeContactDetails(PersonId, Context(), email, phone), Registered()), Refused(messagePart));
    }

    [Test]
    public void Given_a_person_When_the_address_changes_Then_AddressChanged()
    {
        var newAddress = new Address("Rheinstraße", "3", "47799", "Krefeld", "DEU");

        var events = Decide(new ChangeAddress(PersonId, Context(), newAddress), Registered());

        Assert.That(events, Is.EqualTo(new PersonEvent[] { new AddressChanged(PersonId, Now, Caseworker, newAddress) }));
        Assert.That(StateAfter(RegisteredAnd([.. events])).Address, Is.EqualTo(newAddress));
    }

    [Test]
    public void Given_a_person_When_the_same_address_is_given_with_extra_spaces_Then_nothing_happens()
    {
        Assert.That(Decide(new ChangeAddress(PersonId, Context(), new Address("Ostwall ", "104", " 47798", "Krefeld", "DEU")), Registered()), Is.Empty);
    }

    [Test]
    public void Given_a_person_When_the_new_address_is_malformed_Then_it_is_refused()
    {
        Assert.That(() => Decide(new ChangeAddress(PersonId, Context(), new Address("Rheinstraße", "3", "477", "Krefeld", "DEU")), Registered()),
            Refused("Postleitzahl"));
    }
}
