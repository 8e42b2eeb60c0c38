using Migrationsverwaltung.Domain.Persons;
using static Migrationsverwaltung.Domain.Tests.Persons.PersonFixture;

namespace Migrationsverwaltung.Domain.Tests.Persons;

public class DocumentsTests
{
    private static readonly DateOnly ValidUntil = new(2030, 1, 31);

    private static RecordPassport Passport(string number = "N01234567", string state = "SYR", DateOnly? validUntil = null) =>
        new(PersonId, Context(), number, state, validUntil ?? ValidUntil);

    [Test]
    public void Given_a_person_When_a_passport_is_recorded_Then_PassportRecorded()
    {
        var events = Decide(Passport(" N01234567 "), Registered());

        Assert.That(events, Is.EqualTo(new PersonEvent[] { new PassportRecorded(PersonId, Now, Caseworker, "N01234567", "SYR", ValidUntil) }));
        Assert.That(StateAfter(RegisteredAnd([.. events])).Passport, Is.EqualTo(new Passport("N01234567", "SYR", ValidUntil)));
    }

    [Test]
    public void Given_a_recorded_passport_When_recorded_again_alike_Then_nothing_happens()
    {
        var given = RegisteredAnd(new PassportRecorded(PersonId, Now, Caseworker, "N01234567", "SYR", ValidUntil));

        Assert.That(Decide(Passport(), given), Is.Empty);
    }

    [Test]
    public void Given_a_recorded_passport_When_a_new_passport_is_recorded_Then_it_replaces_the_old_one()
    {
        var given = RegisteredAnd(new PassportRecorded(PersonId, Now, Caseworker, "N01234567", "SYR", ValidUntil));

        var events = Decide(Passport("N07654321", validUntil: new DateOnly(2035, 2, 28)), given);

        Assert.That(StateAfter([.. given, .. events]).Passport, Is.EqualTo(new Passport("N07654321", "SYR", new DateOnly(2035, 2, 28))));
    }

    [TestCase("")]
    [TestCase("n01234567")]
    [TestCase("N0123 4567")]
    [TestCase("N-01234567")]
    [TestCase("N012345678901234567890")]
    public void Given_a_person_When_the_passport_number_is_malformed_Then_it_is_refused(string number)
    {
        Assert.That(() => Decide(Passport(number), Registered()), Refused("Passnummer"));
    }

    [TestCase("Sy")]
    [TestCase("SYRIA")]
    public void Given_a_person_When_the_issuing_state_is_not_alpha_3_Then_it_is_refused(string state)
    {
        Assert.That(() => Decide(Passport(state: state), Registered()), Refused("ausstellende Staat"));
    }

    [Test]
    public void Given_a_person_When_the_passport_expired_ten_years_ago_or_earlier_Then_it_is_refused()
    {
        Assert.That(() => Decide(Passport(validUntil: Today.AddYears(-10)), Registered()), Refused("zehn Jahren"));
    }

    [Test]
    public void Given_a_person_When_the_passport_expired_less_than_ten_years_ago_Then_it_is_recorded()
    {
        Assert.That(Decide(Passport(validUntil: Today.AddYears(-10).AddDays(1)), Registered()), Has.Count.EqualTo(1));
    }

    [Test]
    public void Given_a_person_When_the_current_title_is_recorded_Then_CurrentTitleRecorded()
    {
        var events = Decide(new RecordCurrentTitle(PersonId, Context(), " AE-18B ", new DateOnly(2027, 6, 30)), Registered());

        Assert.That(events, Is.EqualTo(new PersonEvent[] { new CurrentTitleRecorded(PersonId, Now, Caseworker, "AE-18B", new DateOnly(2027, 6, 30)) }));
        Assert.That(StateAfter(RegisteredAnd([.. events])).CurrentTitle, Is.EqualTo(new ResidenceTitle("AE-18B", new DateOnly(2027, 6, 30))));
    }

    [Test]
    public void Given_a_person_When_a_permanent_title_is_recorded_Then_it_has_no_valid_until()
    {
        var events = Decide(new RecordCurrentTitle(PersonId, Context(), "NE-9", null), Registered());

        Assert.That(events, Is.EqualTo(new PersonEvent[] { new CurrentTitleRecorded(PersonId, Now, Caseworker, "NE-9", null) }));
    }

    [Test]
    public void Given_a_current_title_When_recorded_again_alike_Then_nothing_happens()
    {
        var given = RegisteredAnd(new CurrentTitleRecorded(PersonId, Now, Caseworker, "AE-18B", new DateOnly(2027, 6, 30)));

        Assert.That(Decide(new RecordCurrentTitle(PersonId, Context(), "AE-18B", new DateOnly(2027, 6, 30)), given), Is.Empty);
    }

    [Test]
    public void Given_a_person_When_a_title_without_code_is_recorded_Then_it_is_refused()
    {
        Assert.That(() => Decide(new RecordCurrentTitle(PersonId, Context(), " ", null), Registered()), Refused("Titelart"));
    }

    [Test]
    public void Given_a_person_When_the_AZR_number_is_recorded_Then_AzrNumberRecorded()
    {
        var events = Decide(new RecordAzrNumber(PersonId, Context(), "123456789012"), Registered());

        Assert.That(events, Is.EqualTo(new PersonEvent[] { new AzrNumberRecorded(PersonId, Now, Caseworker, "123456789012") }));
    }

    [Test]
    public void Given_an_AZR_number_When_recorded_again_alike_Then_nothing_happens()
    {
        var given = Registered() with { AzrNumber = "123456789012" };

        Assert.That(Decide(new RecordAzrNumber(PersonId, Context(), "123456789012"), given), Is.Empty);
    }

    [Test]
    public void Given_a_person_When_a_malformed_AZR_number_is_recorded_Then_it_is_refused()
    {
        Assert.That(() => Decide(new RecordAzrNumber(PersonId, Context(), "12345"), Registered()), Refused("AZR-Nummer"));
    }
}
