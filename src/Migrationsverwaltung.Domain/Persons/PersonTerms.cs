namespace Migrationsverwaltung.Domain.Persons;

/// <summary>As in the civil-status register: weiblich, männlich, divers, ohne Angabe.</summary>
public enum Sex { Female, Male, Diverse, Unspecified }

/// <summary>The ways the office may contact a person, each only with the person's recorded consent.</summary>
public enum ContactChannel { Email, Phone, Post }

/// <summary>A postal address; the country as ISO 3166 alpha-3 (e.g. DEU). The house number may be empty.</summary>
public sealed record Address(string Street, string HouseNumber, string PostalCode, string City, string Country);

/// <summary>A residence title the person holds now; no valid-until for permanent titles (Niederlassungserlaubnis).</summary>
public sealed record ResidenceTitle(string TitleCode, DateOnly? ValidUntil);

/// <summary>The passport as recorded; the number reads null once erased.</summary>
public sealed record Passport(string? Number, string IssuingState, DateOnly ValidUntil);

/// <summary>
/// Active while the person lives in the office's area. Moved away, died or naturalised: the record is restricted
/// (retention runs: 10 years, 5 after death, AufenthV §§ 62–68) and only corrections are possible.
/// </summary>
public enum PersonStatus { None, Active, MovedAway, Died, Naturalised }

public static class PersonStatusTerms
{
    public static bool IsRestricted(this PersonStatus status) => status is PersonStatus.MovedAway or PersonStatus.Died or PersonStatus.Naturalised;

    public static string German(this PersonStatus status) => status switch
    {
        PersonStatus.None => "nicht erfasst",
        PersonStatus.Active => "erfasst",
        PersonStatus.MovedAway => "weggezogen",
        PersonStatus.Died => "verstorben",
        PersonStatus.Naturalised => "eingebürgert",
        _ => status.ToString(),
    };

    public static string German(this ContactChannel channel) => channel switch
    {
        ContactChannel.Email => "E-Mail",
        ContactChannel.Phone => "Telefon",
        ContactChannel.Post => "Post",
        _ => channel.ToString(),
    };
}
