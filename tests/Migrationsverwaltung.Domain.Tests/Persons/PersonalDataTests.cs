using System.Reflection;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;
using static Migrationsverwaltung.Domain.Tests.Persons.PersonFixture;

namespace Migrationsverwaltung.Domain.Tests.Persons;

/// <summary>The event store keeps marked fields apart and erases them by person (docs/adr/0006); these tests hold the marks.</summary>
public class PersonalDataTests
{
    private static readonly Type[] EventTypes =
        [.. typeof(PersonEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PersonEvent)) && !t.IsAbstract).OrderBy(t => t.Name)];

    private static string[] Marked(Type type) =>
        [.. type.GetProperties().Where(p => p.GetCustomAttribute<PersonalDataAttribute>() is not null).Select(p => p.Name).Order()];

    [Test]
    public void Every_person_event_is_about_its_person()
    {
        Assert.That(EventTypes, Has.Length.EqualTo(13));
        Assert.That(EventTypes, Has.All.Matches<Type>(t => typeof(IAboutPerson).IsAssignableFrom(t)));
        Assert.That(((IAboutPerson)Registered()).PersonId, Is.EqualTo(PersonId));
    }

    [Test]
    public void Every_personal_field_is_nullable_because_it_reads_null_after_erasure()
    {
        var nullability = new NullabilityInfoContext();
        var notNullable = EventTypes.SelectMany(t => t.GetProperties())
            .Where(p => p.GetCustomAttribute<PersonalDataAttribute>() is not null && nullability.Create(p).ReadState != NullabilityState.Nullable)
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.That(notNullable, Is.Empty);
    }

    [TestCase(typeof(PersonRegistered), "Address,AzrNumber,BirthDate,BirthPlace,Email,FamilyName,FormerNames,GivenNames,Phone")]
    [TestCase(typeof(ContactDetailsChanged), "Email,Phone")]
    [TestCase(typeof(AddressChanged), "NewAddress")]
    [TestCase(typeof(AzrNumberRecorded), "AzrNumber")]
    [TestCase(typeof(PassportRecorded), "Number")]
    [TestCase(typeof(NameCorrected), "FamilyName,FormerNames,GivenNames,Reason")]
    [TestCase(typeof(ContactConsentGiven), "")]
    [TestCase(typeof(CurrentTitleRecorded), "")]
    [TestCase(typeof(PersonMovedAway), "")]
    [TestCase(typeof(PersonDied), "")]
    public void Names_birth_data_addresses_contact_data_document_numbers_and_free_text_are_marked_personal(Type type, string expected)
    {
        Assert.That(string.Join(",", Marked(type)), Is.EqualTo(expected));
    }

    [Test]
    public void Given_events_whose_personal_fields_were_erased_When_replayed_Then_the_state_keeps_status_and_dates_without_personal_data()
    {
        var erased = new PersonEvent[]
        {
            new PersonRegistered(PersonId, Now, Caseworker, OfficeId, null, null, null, null, null, Sex.Female, "SYR", null, null, null, null),
            new ContactConsentGiven(PersonId, Now, Caseworker, ContactChannel.Email),
            new PassportRecorded(PersonId, Now, Caseworker, null, "SYR", new DateOnly(2030, 1, 31)),
            new NameCorrected(PersonId, Now, Caseworker, null, null, null, null),
            Died(),
        };

        var person = StateAfter(erased);

        Assert.That((person.FamilyName, person.GivenNames, person.BirthDate, person.Address, person.Email), Is.EqualTo(((string?)null, (string?)null, (DateOnly?)null, (Address?)null, (string?)null)));
        Assert.That(person.Passport, Is.EqualTo(new Passport(null, "SYR", new DateOnly(2030, 1, 31))));
        Assert.That((person.Status, person.DiedOn, person.Nationality), Is.EqualTo((PersonStatus.Died, (DateOnly?)new DateOnly(2026, 2, 20), "SYR")));
        Assert.That(person.HasContactData(ContactChannel.Email), Is.False);
    }
}
