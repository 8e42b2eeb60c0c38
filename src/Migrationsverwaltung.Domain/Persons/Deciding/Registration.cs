using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Persons.Deciding;

internal static class Registration
{
    public static IReadOnlyList<PersonEvent> Register(RegisterPerson c) => [Registered(c)];

    /// <summary>The same registration again changes nothing; different data are changed or corrected, not registered.</summary>
    public static IReadOnlyList<PersonEvent> Repeat(RegisterPerson c, Person s)
    {
        var e = Registered(c);
        var same = e.OfficeId == s.OfficeId && e.FamilyName == s.FamilyName && e.GivenNames == s.GivenNames && e.FormerNames == s.FormerNames
            && e.BirthDate == s.BirthDate && e.BirthPlace == s.BirthPlace && e.Sex == s.Sex && e.Nationality == s.Nationality
            && e.Address == s.Address && e.Email == s.Email && e.Phone == s.Phone && e.AzrNumber == s.AzrNumber;
        return same ? Rules.Nothing : throw new RuleViolation(PersonMessages.RegisteredOtherwise);
    }

    private static PersonRegistered Registered(RegisterPerson c)
    {
        var names = Names.Checked(c.FamilyName, c.GivenNames, c.FormerNames);
        Rules.Require(c.BirthDate <= Rules.Today(c.Context), "Das Geburtsdatum darf nicht in der Zukunft liegen.");
        Rules.Require(!string.IsNullOrWhiteSpace(c.BirthPlace), "Der Geburtsort fehlt.");
        Rules.Require(Formats.IsAlpha3(c.Nationality), "Die Staatsangehörigkeit ist als dreistelliger Ländercode anzugeben (ISO 3166, z. B. SYR).");
        var (email, phone) = Contact.Checked(c.Email, c.Phone);
        var azr = Rules.Optional(c.AzrNumber);
        Rules.Require(azr is null || Formats.IsAzrNumber(azr), Documents.AzrFormat);
        return new PersonRegistered(
            c.PersonId, c.Context.Now, c.Context.Actor.UserId, c.OfficeId, names.Family, names.Given, names.Former,
            c.BirthDate, c.BirthPlace.Trim(), c.Sex, c.Nationality, Addresses.Checked(c.Address), email, phone, azr);
    }
}

internal readonly record struct Names(string Family, string? Given, string? Former)
{
    /// <summary>A family name is required; given names may be missing (some passports have none).</summary>
    public static Names Checked(string? family, string? given, string? former)
    {
        Rules.Require(!string.IsNullOrWhiteSpace(family), "Der Familienname fehlt.");
        return new Names(family.Trim(), Rules.Optional(given), Rules.Optional(former));
    }
}

internal static class Addresses
{
    public static Address Checked(Address? address)
    {
        Rules.Require(address is not null, "Die Anschrift fehlt.");
        var a = new Address(address.Street?.Trim() ?? "", address.HouseNumber?.Trim() ?? "", address.PostalCode?.Trim() ?? "",
            address.City?.Trim() ?? "", address.Country?.Trim() ?? "");
        Rules.Require(a.Street.Length > 0 && a.City.Length > 0, "Zur Anschrift gehören Straße und Ort.");
        Rules.Require(Formats.IsAlpha3(a.Country), "Das Land der Anschrift ist als dreistelliger Ländercode anzugeben (ISO 3166, z. B. DEU).");
        Rules.Require(Formats.IsPostalCode(a.PostalCode, a.Country), "Die Postleitzahl fehlt oder hat nicht das Format des Landes (in Deutschland 5 Ziffern).");
        return a;
    }
}
