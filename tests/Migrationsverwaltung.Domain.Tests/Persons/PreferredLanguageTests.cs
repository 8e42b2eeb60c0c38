using Migrationsverwaltung.Domain.Persons;
using static Migrationsverwaltung.Domain.Tests.Persons.PersonFixture;

namespace Migrationsverwaltung.Domain.Tests.Persons;

public class PreferredLanguageTests
{
    [TestCase("fa", "fa")]
    [TestCase(" AR ", "ar")]
    public void Given_a_two_letter_code_When_recorded_Then_PreferredLanguageRecorded_in_lower_case(string given, string recorded)
    {
        var events = Decide(new RecordPreferredLanguage(PersonId, Context(), given), Registered());

        Assert.That(events, Is.EqualTo(new PersonEvent[] { new PreferredLanguageRecorded(PersonId, Now, Caseworker, recorded) }));
        Assert.That(PersonEvolution.Replay(RegisteredAnd(events.Single())).PreferredLanguage, Is.EqualTo(recorded));
    }

    [Test]
    public void Given_the_same_language_When_recorded_again_Then_nothing_happens()
    {
        Assert.That(Decide(new RecordPreferredLanguage(PersonId, Context(), "fa"), RegisteredAnd(new PreferredLanguageRecorded(PersonId, Now, Caseworker, "fa"))), Is.Empty);
    }

    [TestCase("")]
    [TestCase("deu")]
    [TestCase("d1")]
    [TestCase("ü")]
    public void Given_no_ISO_639_1_code_When_recorded_Then_it_is_refused(string given)
    {
        Assert.That(() => Decide(new RecordPreferredLanguage(PersonId, Context(), given), Registered()), Refused("ISO 639-1"));
    }
}
