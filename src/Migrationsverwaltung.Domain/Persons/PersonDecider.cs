using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons.Deciding;
using P = Migrationsverwaltung.Domain.Persons.PersonStatus;

namespace Migrationsverwaltung.Domain.Persons;

/// <summary>
/// The transition table of a person's record: registered once; while active, contact data, consents, documents and
/// the current title are recorded; moved away, died or naturalised restrict the record, after which only a reasoned
/// correction of the names and the withdrawal of a consent remain. A repeated command yields no events.
/// </summary>
public static class PersonDecider
{
    public static IReadOnlyList<PersonEvent> Decide(PersonCommand command, Person state) => (command, state) switch
    {
        (RegisterPerson c, { Status: P.None }) => Registration.Register(c),
        (RegisterPerson c, var s) => Registration.Repeat(c, s),
        (_, { Status: P.None }) => throw new RuleViolation(PersonMessages.NotRegistered),

        // Always, even on a restricted record
        (CorrectName c, var s) => Corrections.CorrectName(c, s),
        (WithdrawContactConsent c, var s) => Contact.Withdraw(c, s),
        (RecordMoveAway c, { Status: P.MovedAway } s) when s.NewOfficeCode == c.NewOfficeCode => Rules.Nothing,
        (RecordDeath c, { Status: P.Died } s) when s.DiedOn == c.DiedOn => Rules.Nothing,
        (RecordNaturalisation c, { Status: P.Naturalised } s) when s.NaturalisedOn == c.NaturalisedOn => Rules.Nothing,
        (_, { IsRestricted: true } s) => throw new RuleViolation(PersonMessages.Restricted(s)),

        // Active record
        (GiveContactConsent c, var s) => Contact.Give(c, s),
        (ChangeContactDetails c, var s) => Contact.Change(c, s),
        (RecordPreferredLanguage c, var s) => Contact.Language(c, s),
        (ChangeAddress c, var s) => Contact.Move(c, s),
        (RecordAzrNumber c, var s) => Documents.AzrNumber(c, s),
        (RecordPassport c, var s) => Documents.Passport(c, s),
        (RecordCurrentTitle c, var s) => Documents.Title(c, s),
        (RecordMoveAway c, _) => Restriction.MoveAway(c),
        (RecordDeath c, var s) => Restriction.Death(c, s),
        (RecordNaturalisation c, var s) => Restriction.Naturalisation(c, s),

        _ => throw new RuleViolation($"„{command.GetType().Name}“ ist für eine Person nicht vorgesehen."),
    };
}

public static class PersonMessages
{
    public const string NotRegistered = "Diese Person ist nicht erfasst.";
    public const string RegisteredOtherwise = "Die Person ist bereits mit anderen Angaben erfasst; ändern oder berichtigen Sie die Angaben.";

    public static string Restricted(Person state) =>
        $"Der Datensatz ist gesperrt (Person {state.Status.German()}); möglich sind nur noch eine begründete Namensberichtigung " +
        "und der Widerruf einer Einwilligung.";
}
