using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Persons;

/// <summary>
/// What happened to a person's record, in the past tense, with when and who. Every person event is about its
/// person (the data subject retention erases by); its personal fields are marked and nullable: after erasure they read null.
/// </summary>
public abstract record PersonEvent(Guid PersonId, DateTimeOffset At, string By) : IAboutPerson;

public sealed record PersonRegistered(
    Guid PersonId, DateTimeOffset At, string By, Guid OfficeId,
    [property: PersonalData] string? FamilyName,
    [property: PersonalData] string? GivenNames,
    [property: PersonalData] string? FormerNames,
    [property: PersonalData] DateOnly? BirthDate,
    [property: PersonalData] string? BirthPlace,
    Sex Sex,
    string Nationality,
    [property: PersonalData] Address? Address,
    [property: PersonalData] string? Email,
    [property: PersonalData] string? Phone,
    [property: PersonalData] string? AzrNumber) : PersonEvent(PersonId, At, By);

/// <summary>The person agreed to be contacted (reminders, notifications) by this channel, as of At.</summary>
public sealed record ContactConsentGiven(Guid PersonId, DateTimeOffset At, string By, ContactChannel Channel) : PersonEvent(PersonId, At, By);

/// <summary>Reminders and letters go out in this language where a template for it exists.</summary>
public sealed record PreferredLanguageRecorded(Guid PersonId, DateTimeOffset At, string By, string Language) : PersonEvent(PersonId, At, By);

public sealed record ContactConsentWithdrawn(Guid PersonId, DateTimeOffset At, string By, ContactChannel Channel) : PersonEvent(PersonId, At, By);

public sealed record ContactDetailsChanged(
    Guid PersonId, DateTimeOffset At, string By, [property: PersonalData] string? Email, [property: PersonalData] string? Phone)
    : PersonEvent(PersonId, At, By);

public sealed record AddressChanged(Guid PersonId, DateTimeOffset At, string By, [property: PersonalData] Address? NewAddress)
    : PersonEvent(PersonId, At, By);

public sealed record AzrNumberRecorded(Guid PersonId, DateTimeOffset At, string By, [property: PersonalData] string? AzrNumber)
    : PersonEvent(PersonId, At, By);

public sealed record PassportRecorded(
    Guid PersonId, DateTimeOffset At, string By, [property: PersonalData] string? Number, string IssuingState, DateOnly ValidUntil)
    : PersonEvent(PersonId, At, By);

public sealed record CurrentTitleRecorded(Guid PersonId, DateTimeOffset At, string By, string TitleCode, DateOnly? ValidUntil)
    : PersonEvent(PersonId, At, By);

/// <summary>The reason is free text about the person, so it is personal data too.</summary>
public sealed record NameCorrected(
    Guid PersonId, DateTimeOffset At, string By,
    [property: PersonalData] string? FamilyName,
    [property: PersonalData] string? GivenNames,
    [property: PersonalData] string? FormerNames,
    [property: PersonalData] string? Reason) : PersonEvent(PersonId, At, By);

// Restricted record from here on: retention runs (10 years; 5 after death).
public sealed record PersonMovedAway(Guid PersonId, DateTimeOffset At, string By, string NewOfficeCode) : PersonEvent(PersonId, At, By);

public sealed record PersonDied(Guid PersonId, DateTimeOffset At, string By, DateOnly DiedOn) : PersonEvent(PersonId, At, By);

public sealed record PersonNaturalised(Guid PersonId, DateTimeOffset At, string By, DateOnly NaturalisedOn) : PersonEvent(PersonId, At, By);
