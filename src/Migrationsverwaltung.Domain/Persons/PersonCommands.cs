using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Persons;

/// <summary>What the office records about a person (applicant). Every command carries who, when and why.</summary>
public abstract record PersonCommand(Guid PersonId, CommandContext Context);

/// <summary>Nationality and the address's country as ISO 3166 alpha-3 (DEU, SYR; XXA stateless, XXX unknown).</summary>
public sealed record RegisterPerson(
    Guid PersonId, CommandContext Context, Guid OfficeId,
    string FamilyName, string? GivenNames, string? FormerNames, DateOnly BirthDate, string BirthPlace, Sex Sex, string Nationality,
    Address Address, string? Email, string? Phone, string? AzrNumber) : PersonCommand(PersonId, Context);

public sealed record GiveContactConsent(Guid PersonId, CommandContext Context, ContactChannel Channel) : PersonCommand(PersonId, Context);

/// <summary>The language the person wants to be written to in (ISO 639-1, lower case: de, en, fr, fa, ar, tr, ...).</summary>
public sealed record RecordPreferredLanguage(Guid PersonId, CommandContext Context, string Language) : PersonCommand(PersonId, Context);

public sealed record WithdrawContactConsent(Guid PersonId, CommandContext Context, ContactChannel Channel) : PersonCommand(PersonId, Context);

/// <summary>New e-mail and phone; null removes them.</summary>
public sealed record ChangeContactDetails(Guid PersonId, CommandContext Context, string? Email, string? Phone) : PersonCommand(PersonId, Context);

public sealed record ChangeAddress(Guid PersonId, CommandContext Context, Address NewAddress) : PersonCommand(PersonId, Context);

public sealed record RecordAzrNumber(Guid PersonId, CommandContext Context, string AzrNumber) : PersonCommand(PersonId, Context);

public sealed record RecordPassport(Guid PersonId, CommandContext Context, string Number, string IssuingState, DateOnly ValidUntil)
    : PersonCommand(PersonId, Context);

public sealed record RecordCurrentTitle(Guid PersonId, CommandContext Context, string TitleCode, DateOnly? ValidUntil) : PersonCommand(PersonId, Context);

/// <summary>Corrects the names as recorded (reason in Context.Reason); the only change a restricted record still takes.</summary>
public sealed record CorrectName(Guid PersonId, CommandContext Context, string FamilyName, string? GivenNames, string? FormerNames)
    : PersonCommand(PersonId, Context);

/// <summary>The person moved to another office's area: the file goes to that office (its Behördenkennzahl).</summary>
public sealed record RecordMoveAway(Guid PersonId, CommandContext Context, string NewOfficeCode) : PersonCommand(PersonId, Context);

public sealed record RecordDeath(Guid PersonId, CommandContext Context, DateOnly DiedOn) : PersonCommand(PersonId, Context);

public sealed record RecordNaturalisation(Guid PersonId, CommandContext Context, DateOnly NaturalisedOn) : PersonCommand(PersonId, Context);
