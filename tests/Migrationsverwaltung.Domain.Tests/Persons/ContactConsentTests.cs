using Migrationsverwaltung.Domain.Persons;
using static Migrationsverwaltung.Domain.Tests.Persons.PersonFixture;

namespace Migrationsverwaltung.Domain.Tests.Persons;

public class ContactConsentTests
{
    private static ContactConsentGiven Given(ContactChannel channel) => new(PersonId, Now, Caseworker, channel);

    [TestCase(ContactChannel.Email)]
    [TestCase(ContactChannel.Phone)]
    [TestCase(ContactChannel.Post)]
    public void Given_a_person_with_contact_data_When_consent_is_given_Then_ContactConsentGiven(ContactChannel channel)
    {
        var events = Decide(new GiveContactConsent(PersonId, Context(), channel), Registered());

        Assert.That(events, Is.EqualTo(new PersonEvent[] { Given(channel) }));
    }

    [Test]
    public void Given_a_consent_When_given_again_Then_nothing_happens()
    {
        Assert.That(Decide(new GiveContactConsent(PersonId, Context(), ContactChannel.Email), RegisteredAnd(Given(ContactChannel.Email))), Is.Empty);
    }

    [TestCase(ContactChannel.Email, "E-Mail")]
    [TestCase(ContactChannel.Phone, "Telefon")]
    public void Given_a_person_without_that_contact_data_When_consent_is_given_Then_it_is_refused(ContactChannel channel, string name)
    {
        var given = Registered() with { Email = null, Phone = null };

        Assert.That(() => Decide(new GiveContactConsent(PersonId, Context(), channel), given), Refused($"per {name} fehlen die Kontaktdaten"));
    }

    [Test]
    public void Given_a_consent_When_withdrawn_Then_ContactConsentWithdrawn()
    {
        var events = Decide(new WithdrawContactConsent(PersonId, Context(), ContactChannel.Email), RegisteredAnd(Given(ContactChannel.Email)));

        Assert.That(events, Is.EqualTo(new PersonEvent[] { new ContactConsentWithdrawn(PersonId, Now, Caseworker, ContactChannel.Email) }));
    }

    [Test]
    public void Given_no_consent_When_withdrawn_Then_nothing_happens()
    {
        Assert.That(Decide(new WithdrawContactConsent(PersonId, Context(), ContactChannel.Phone), RegisteredAnd(Given(ContactChannel.Email))), Is.Empty);
    }

    [Test]
    public void Given_contact_data_without_consent_Then_the_office_may_not_use_it()
    {
        var person = StateAfter(Registered());

        Assert.That(person.HasContactData(ContactChannel.Email), Is.True);
        Assert.That(person.MayContactBy(ContactChannel.Email), Is.False);
        Assert.That(person.MayContactBy(ContactChannel.Post), Is.False);
    }

    [Test]
    public void Given_consent_by_email_Then_the_office_may_write_emails_but_not_call()
    {
        var person = StateAfter(RegisteredAnd(Given(ContactChannel.Email)));

        Assert.That(person.MayContactBy(ContactChannel.Email), Is.True);
        Assert.That(person.MayContactBy(ContactChannel.Phone), Is.False);
        Assert.That(person.Consents, Is.EquivalentTo(new[] { ContactChannel.Email }));
    }

    [Test]
    public void Given_a_withdrawn_consent_Then_the_office_may_no_longer_use_the_channel()
    {
        var person = StateAfter(RegisteredAnd(Given(ContactChannel.Email), new ContactConsentWithdrawn(PersonId, Now, Caseworker, ContactChannel.Email)));

        Assert.That(person.MayContactBy(ContactChannel.Email), Is.False);
    }

    [Test]
    public void Given_consent_by_email_and_the_address_removed_later_Then_the_office_may_not_write_emails()
    {
        var person = StateAfter(RegisteredAnd(Given(ContactChannel.Email), new ContactDetailsChanged(PersonId, Now, Caseworker, null, "+49 2151 123456")));

        Assert.That(person.Consents, Does.Contain(ContactChannel.Email));
        Assert.That(person.MayContactBy(ContactChannel.Email), Is.False);
    }

    [Test]
    public void Given_consent_and_a_restricted_record_Then_the_office_may_not_contact_the_person()
    {
        var person = StateAfter(RegisteredAnd(Given(ContactChannel.Post), MovedAway()));

        Assert.That(person.MayContactBy(ContactChannel.Post), Is.False);
    }
}
