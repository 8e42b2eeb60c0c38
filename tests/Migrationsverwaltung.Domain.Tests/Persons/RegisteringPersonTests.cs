using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;
using static Migrationsverwaltung.Domain.Tests.Persons.PersonFixture;

namespace Migrationsverwaltung.Domain.Tests.Persons;

public class RegisteringPersonTests
{
    [Test]
    public void Given_no_person_When_registered_Then_PersonRegistered_with_all_details()
    {
        Assert.That(Decide(Register()), Is.EqualTo(new PersonEvent[] { Registered() }));
    }

    [Test]
    public void Given_no_person_When_registered_with_padded_text_and_blank_optionals_Then_text_is_trimmed_and_blanks_are_not_given()
    {
        var command = Register() with
        {
            FamilyName = " Haddad ", GivenNames = " ", FormerNames = "", BirthPlace = " Aleppo",
            Address = new Address(" Ostwall ", " 104", "47798 ", " Krefeld", "DEU"), Email = " ", Phone = null, AzrNumber = "",
        };

        var events = Decide(command);

        Assert.That(events, Is.EqualTo(new PersonEvent[] { Registered() with { GivenNames = null, Email = null, Phone = null } }));
    }

    [Test]
    public void Given_no_person_When_registered_with_former_names_and_AZR_number_Then_they_are_recorded()
    {
        var events = Decide(Register() with { FormerNames = "Khalil", AzrNumber = "123456789012" });

        Assert.That(events, Is.EqualTo(new PersonEvent[] { Registered() with { FormerNames = "Khalil", AzrNumber = "123456789012" } }));
    }

    [Test]
    public void Given_a_registered_person_When_registered_again_alike_Then_nothing_happens()
    {
        Assert.That(Decide(Register(), Registered()), Is.Empty);
    }

    [Test]
    public void Given_a_registered_person_When_registered_again_with_other_details_Then_it_is_refused()
    {
        Assert.That(() => Decide(Register() with { BirthPlace = "Damaskus" }, Registered()),
            Throws.TypeOf<RuleViolation>().With.Message.EqualTo(PersonMessages.RegisteredOtherwise));
    }

    [Test]
    public void Given_no_person_When_registered_without_a_family_name_Then_it_is_refused()
    {
        Assert.That(() => Decide(Register() with { FamilyName = " " }), Refused("Familienname"));
    }

    [Test]
    public void Given_no_person_When_born_tomorrow_Then_it_is_refused_but_today_is_accepted()
    {
        Assert.That(() => Decide(Register() with { BirthDate = Today.AddDays(1) }), Refused("Geburtsdatum"));
        Assert.That(Decide(Register() with { BirthDate = Today }), Has.Count.EqualTo(1));
    }

    [Test]
    public void Given_no_person_When_registered_without_a_birth_place_Then_it_is_refused()
    {
        Assert.That(() => Decide(Register() with { BirthPlace = "" }), Refused("Geburtsort"));
    }

    [TestCase("")]
    [TestCase("syr")]
    [TestCase("SY")]
    [TestCase("SYRI")]
    [TestCase("S1R")]
    [TestCase(" SYR")]
    public void Given_no_person_When_the_nationality_is_not_three_uppercase_letters_Then_it_is_refused(string nationality)
    {
        Assert.That(() => Decide(Register() with { Nationality = nationality }), Refused("Staatsangehörigkeit"));
    }

    [TestCase("XXA")]
    [TestCase("XXX")]
    [TestCase("DEU")]
    public void Given_no_person_When_the_nationality_is_any_three_uppercase_letters_Then_it_is_accepted(string nationality)
    {
        Assert.That(Decide(Register() with { Nationality = nationality }), Has.Count.EqualTo(1));
    }

    [TestCase("", "Krefeld", "47798", "DEU", "Straße und Ort")]
    [TestCase("Ostwall", " ", "47798", "DEU", "Straße und Ort")]
    [TestCase("Ostwall", "Krefeld", "47798", "de", "Land der Anschrift")]
    [TestCase("Ostwall", "Krefeld", "4779", "DEU", "Postleitzahl")]
    [TestCase("Ostwall", "Krefeld", "4779A", "DEU", "Postleitzahl")]
    [TestCase("Ringstraße", "Wien", "", "AUT", "Postleitzahl")]
    public void Given_no_person_When_the_address_is_incomplete_or_malformed_Then_it_is_refused(
        string street, string city, string postalCode, string country, string messagePart)
    {
        var address = new Address(street, "1", postalCode, city, country);

        Assert.That(() => Decide(Register() with { Address = address }), Refused(messagePart));
    }

    [Test]
    public void Given_no_person_When_registered_without_an_address_Then_it_is_refused()
    {
        Assert.That(() => Decide(Register() with { Address = null! }), Refused("Anschrift fehlt"));
    }

    [Test]
    public void Given_no_person_When_living_abroad_or_without_a_house_number_Then_the_address_is_accepted()
    {
        Assert.That(Decide(Register() with { Address = new Address("Ringstraße", "", "1010", "Wien", "AUT") }), Has.Count.EqualTo(1));
    }

    [TestCase("amira")]
    [TestCase("@example.org")]
    [TestCase("amira@")]
    [TestCase("amira@example")]
    [TestCase("amira@@example.org")]
    [TestCase("amira haddad@example.org")]
    [TestCase("amira@example.org.")]
    [TestCase("amira@.example.org")]
    public void Given_no_person_When_the_email_is_malformed_Then_it_is_refused(string email)
    {
        Assert.That(() => Decide(Register() with { Email = email }), Refused("E-Mail-Adresse"));
    }

    [TestCase("12345")]
    [TestCase("+49 2151 12345678901234")]
    [TestCase("0151 abc 123456")]
    [TestCase("++49 2151 123456")]
    public void Given_no_person_When_the_phone_number_is_malformed_Then_it_is_refused(string phone)
    {
        Assert.That(() => Decide(Register() with { Phone = phone }), Refused("Telefonnummer"));
    }

    [TestCase("0151/123 456-7")]
    [TestCase("(02151) 86-0")]
    [TestCase("+4921511234567")]
    public void Given_no_person_When_the_phone_number_uses_usual_separators_Then_it_is_accepted(string phone)
    {
        Assert.That(Decide(Register() with { Phone = phone }), Has.Count.EqualTo(1));
    }

    [TestCase("12345678901")]
    [TestCase("1234567890123")]
    [TestCase("12345678901A")]
    public void Given_no_person_When_the_AZR_number_is_not_12_digits_Then_it_is_refused(string azr)
    {
        Assert.That(() => Decide(Register() with { AzrNumber = azr }), Refused("AZR-Nummer"));
    }

    private static IEnumerable<PersonCommand> EverythingButRegistering() => PersonCommands.AllButRegistering(Context("Berichtigung"));

    [TestCaseSource(nameof(EverythingButRegistering))]
    public void Given_no_person_When_anything_but_registering_is_asked_Then_it_is_refused(PersonCommand command)
    {
        Assert.That(() => Decide(command), Throws.TypeOf<RuleViolation>().With.Message.EqualTo(PersonMessages.NotRegistered));
    }
}
