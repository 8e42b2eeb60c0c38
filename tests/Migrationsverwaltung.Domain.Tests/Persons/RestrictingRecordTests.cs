using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;
using static Migrationsverwaltung.Domain.Tests.Persons.PersonFixture;

namespace Migrationsverwaltung.Domain.Tests.Persons;

/// <summary>Moved away, died, naturalised: the record is restricted and retention runs (AufenthV §§ 62–68).</summary>
public class RestrictingRecordTests
{
    [Test]
    public void Given_a_person_When_moved_to_another_office_Then_PersonMovedAway_and_the_record_is_restricted()
    {
        var events = Decide(new RecordMoveAway(PersonId, Context(), "05315000"), Registered());

        Assert.That(events, Is.EqualTo(new PersonEvent[] { MovedAway() }));
        var person = StateAfter(RegisteredAnd([.. events]));
        Assert.That((person.Status, person.IsRestricted, person.NewOfficeCode, person.RestrictedAt),
            Is.EqualTo((PersonStatus.MovedAway, true, "05315000", (DateTimeOffset?)Now)));
    }

    [TestCase("")]
    [TestCase("5315000")]
    [TestCase("ABH-KÖLN")]
    public void Given_a_person_When_the_new_offices_code_is_not_8_digits_Then_it_is_refused(string code)
    {
        Assert.That(() => Decide(new RecordMoveAway(PersonId, Context(), code), Registered()), Refused("Behördenkennzahl"));
    }

    [Test]
    public void Given_a_person_When_death_is_recorded_Then_PersonDied_and_the_record_is_restricted()
    {
        var events = Decide(new RecordDeath(PersonId, Context(), new DateOnly(2026, 2, 20)), Registered());

        Assert.That(events, Is.EqualTo(new PersonEvent[] { Died() }));
        var person = StateAfter(RegisteredAnd([.. events]));
        Assert.That((person.Status, person.DiedOn), Is.EqualTo((PersonStatus.Died, (DateOnly?)new DateOnly(2026, 2, 20))));
    }

    [Test]
    public void Given_a_person_When_naturalisation_is_recorded_Then_PersonNaturalised_and_the_record_is_restricted()
    {
        var events = Decide(new RecordNaturalisation(PersonId, Context(), new DateOnly(2026, 1, 15)), Registered());

        Assert.That(events, Is.EqualTo(new PersonEvent[] { Naturalised() }));
        var person = StateAfter(RegisteredAnd([.. events]));
        Assert.That((person.Status, person.NaturalisedOn), Is.EqualTo((PersonStatus.Naturalised, (DateOnly?)new DateOnly(2026, 1, 15))));
    }

    private static IEnumerable<TestCaseData> ImplausibleDates()
    {
        foreach (var (name, make) in new (string, Func<DateOnly, PersonCommand>)[]
                 {
                     ("death", d => new RecordDeath(PersonId, Context(), d)),
                     ("naturalisation", d => new RecordNaturalisation(PersonId, Context(), d)),
                 })
        {
            yield return new TestCaseData(make(Today.AddDays(1)), "in der Zukunft").SetArgDisplayNames(name, "tomorrow");
            yield return new TestCaseData(make(BirthDate.AddDays(-1)), "vor der Geburt").SetArgDisplayNames(name, "before birth");
        }
    }

    [TestCaseSource(nameof(ImplausibleDates))]
    public void Given_a_person_When_death_or_naturalisation_is_dated_in_the_future_or_before_birth_Then_it_is_refused(PersonCommand command, string messagePart)
    {
        Assert.That(() => Decide(command, Registered()), Refused(messagePart));
    }

    private static IEnumerable<TestCaseData> RepeatedRestrictions()
    {
        yield return new TestCaseData(MovedAway(), new RecordMoveAway(PersonId, Context(), "05315000")).SetArgDisplayNames("moved away");
        yield return new TestCaseData(Died(), new RecordDeath(PersonId, Context(), new DateOnly(2026, 2, 20))).SetArgDisplayNames("died");
        yield return new TestCaseData(Naturalised(), new RecordNaturalisation(PersonId, Context(), new DateOnly(2026, 1, 15))).SetArgDisplayNames("naturalised");
    }

    [TestCaseSource(nameof(RepeatedRestrictions))]
    public void Given_a_restricted_record_When_the_same_restriction_is_recorded_again_Then_nothing_happens(PersonEvent restriction, PersonCommand again)
    {
        Assert.That(Decide(again, RegisteredAnd(restriction)), Is.Empty);
    }

    private static readonly Type[] StillAllowed = [typeof(CorrectName), typeof(WithdrawContactConsent)];

    private static IEnumerable<TestCaseData> ChangesToRestrictedRecords() =>
        from restriction in new PersonEvent[] { MovedAway(), Died(), Naturalised() }
        from command in PersonCommands.AllButRegistering(Context("Berichtigung"))
        where !StillAllowed.Contains(command.GetType())
        select new TestCaseData(restriction, command).SetArgDisplayNames(restriction.GetType().Name, command.GetType().Name);

    [TestCaseSource(nameof(ChangesToRestrictedRecords))]
    public void Given_a_restricted_record_When_anything_but_a_correction_or_withdrawal_is_asked_Then_it_is_refused(PersonEvent restriction, PersonCommand command)
    {
        var person = StateAfter(RegisteredAnd(restriction));

        Assert.That(() => PersonDecider.Decide(command, person),
            Throws.TypeOf<RuleViolation>().With.Message.EqualTo(PersonMessages.Restricted(person)).And.Message.Contains("gesperrt"));
    }

    [TestCaseSource(nameof(RepeatedRestrictions))]
    public void Given_a_restricted_record_When_a_name_is_corrected_with_a_reason_Then_NameCorrected(PersonEvent restriction, PersonCommand _)
    {
        var events = Decide(new CorrectName(PersonId, Context("Schreibweise laut Sterbeurkunde"), "Al-Haddad", "Amira", null), RegisteredAnd(restriction));

        Assert.That(events.Single(), Is.TypeOf<NameCorrected>());
    }

    [TestCaseSource(nameof(RepeatedRestrictions))]
    public void Given_a_restricted_record_When_a_consent_is_withdrawn_Then_ContactConsentWithdrawn(PersonEvent restriction, PersonCommand _)
    {
        var given = RegisteredAnd(new ContactConsentGiven(PersonId, Now, Caseworker, ContactChannel.Post), restriction);

        var events = Decide(new WithdrawContactConsent(PersonId, Context(), ContactChannel.Post), given);

        Assert.That(events, Is.EqualTo(new PersonEvent[] { new ContactConsentWithdrawn(PersonId, Now, Caseworker, ContactChannel.Post) }));
    }

    [Test]
    public void Given_a_deceased_person_When_a_name_is_corrected_without_a_reason_Then_it_is_refused()
    {
        Assert.That(() => Decide(new CorrectName(PersonId, Context(), "Al-Haddad", "Amira", null), RegisteredAnd(Died())), Refused("Begründung"));
    }
}
