namespace Migrationsverwaltung.Domain.Persons;

/// <summary>Evolve: records what was decided; it holds no rules. Erased personal fields arrive as null and stay null.</summary>
public static class PersonEvolution
{
    public static Person Evolve(Person state, PersonEvent @event) => @event switch
    {
        PersonRegistered e => state with
        {
            Id = e.PersonId, OfficeId = e.OfficeId, Status = PersonStatus.Active,
            FamilyName = e.FamilyName, GivenNames = e.GivenNames, FormerNames = e.FormerNames, BirthDate = e.BirthDate, BirthPlace = e.BirthPlace,
            Sex = e.Sex, Nationality = e.Nationality, Address = e.Address, Email = e.Email, Phone = e.Phone, AzrNumber = e.AzrNumber,
        },
        ContactConsentGiven e => state with { Consents = state.Consents.Add(e.Channel) },
        ContactConsentWithdrawn e => state with { Consents = state.Consents.Remove(e.Channel) },
        PreferredLanguageRecorded e => state with { PreferredLanguage = e.Language },
        ContactDetailsChanged e => state with { Email = e.Email, Phone = e.Phone },
        AddressChanged e => state with { Address = e.NewAddress },
        AzrNumberRecorded e => state with { AzrNumber = e.AzrNumber },
        PassportRecorded e => state with { Passport = new Passport(e.Number, e.IssuingState, e.ValidUntil) },
        CurrentTitleRecorded e => state with { CurrentTitle = new ResidenceTitle(e.TitleCode, e.ValidUntil) },
        NameCorrected e => state with { FamilyName = e.FamilyName, GivenNames = e.GivenNames, FormerNames = e.FormerNames },
        PersonMovedAway e => state with { Status = PersonStatus.MovedAway, NewOfficeCode = e.NewOfficeCode, RestrictedAt = e.At },
        PersonDied e => state with { Status = PersonStatus.Died, DiedOn = e.DiedOn, RestrictedAt = e.At },
        PersonNaturalised e => state with { Status = PersonStatus.Naturalised, NaturalisedOn = e.NaturalisedOn, RestrictedAt = e.At },
        _ => state,
    };

    public static Person Replay(IEnumerable<PersonEvent> events) => events.Aggregate(Person.Initial, Evolve);
}
