namespace Migrationsverwaltung.Domain.Persons.Deciding;

/// <summary>Contact data and the consents that allow using it (reminders need a recorded consent per channel).</summary>
internal static class Contact
{
    public static IReadOnlyList<PersonEvent> Give(GiveContactConsent c, Person s)
    {
        if (s.Consents.Contains(c.Channel))
        {
            return Rules.Nothing;
        }
        Rules.Require(s.HasContactData(c.Channel), $"Für eine Einwilligung in Kontakt per {c.Channel.German()} fehlen die Kontaktdaten.");
        return [new ContactConsentGiven(c.PersonId, c.Context.Now, c.Context.Actor.UserId, c.Channel)];
    }

    /// <summary>A person can always withdraw a consent, also on a restricted record.</summary>
    public static IReadOnlyList<PersonEvent> Withdraw(WithdrawContactConsent c, Person s) =>
        s.Consents.Contains(c.Channel)
            ? [new ContactConsentWithdrawn(c.PersonId, c.Context.Now, c.Context.Actor.UserId, c.Channel)]
            : Rules.Nothing;

    public static IReadOnlyList<PersonEvent> Language(RecordPreferredLanguage c, Person s)
    {
        var language = Rules.Optional(c.Language)?.ToLowerInvariant();
        Rules.Require(language is { Length: 2 } && language.All(char.IsAsciiLetterLower), "Die Sprache ist als zweistelliger Code nach ISO 639-1 anzugeben (z. B. de, en, fr, fa, ar).");
        return language == s.PreferredLanguage ? Rules.Nothing : [new PreferredLanguageRecorded(c.PersonId, c.Context.Now, c.Context.Actor.UserId, language!)];
    }

    public static IReadOnlyList<PersonEvent> Change(ChangeContactDetails c, Person s)
    {
        var (email, phone) = Checked(c.Email, c.Phone);
        return email == s.Email && phone == s.Phone
            ? Rules.Nothing
            : [new ContactDetailsChanged(c.PersonId, c.Context.Now, c.Context.Actor.UserId, email, phone)];
    }

    public static IReadOnlyList<PersonEvent> Move(ChangeAddress c, Person s)
    {
        var address = Addresses.Checked(c.NewAddress);
        return address == s.Address ? Rules.Nothing : [new AddressChanged(c.PersonId, c.Context.Now, c.Context.Actor.UserId, address)];
    }

    public static (string? Email, string? Phone) Checked(string? email, string? phone)
    {
        var (e, p) = (Rules.Optional(email), Rules.Optional(phone));
        Rules.Require(e is null || Formats.IsEmail(e), "Die E-Mail-Adresse hat kein gültiges Format.");
        Rules.Require(p is null || Formats.IsPhone(p), "Die Telefonnummer hat kein gültiges Format (Ziffern, ggf. mit +, Leerzeichen, -, /).");
        return (e, p);
    }
}
