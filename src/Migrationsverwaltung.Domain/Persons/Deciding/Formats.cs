namespace Migrationsverwaltung.Domain.Persons.Deciding;

/// <summary>Deliberately simple format checks: they catch typing errors, not every invalid value.</summary>
internal static class Formats
{
    /// <summary>ISO 3166-1 alpha-3 as written in passports and the AZR: three uppercase letters (DEU, SYR, XXA).</summary>
    public static bool IsAlpha3(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);

    /// <summary>One "@", something before it, a dotted domain after it, no spaces.</summary>
    public static bool IsEmail(string email)
    {
        var at = email.IndexOf('@');
        var domain = at < 0 ? "" : email[(at + 1)..];
        return email.Length <= 254 && at > 0 && !email.Any(char.IsWhiteSpace) && !domain.Contains('@')
            && domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.');
    }

    /// <summary>Digits with the usual separators, an optional leading "+", 6 to 15 digits (E.164 allows 15).</summary>
    public static bool IsPhone(string phone)
    {
        var body = phone.StartsWith('+') ? phone[1..] : phone;
        var digits = body.Count(char.IsAsciiDigit);
        return body.All(ch => char.IsAsciiDigit(ch) || ch is ' ' or '-' or '/' or '(' or ')') && digits is >= 6 and <= 15;
    }

    /// <summary>The AZR number (AZR-Nummer) is 12 digits.</summary>
    public static bool IsAzrNumber(string number) => number.Length == 12 && number.All(char.IsAsciiDigit);

    /// <summary>Passport numbers: uppercase letters and digits, at most 20.</summary>
    public static bool IsPassportNumber(string number) =>
        number.Length is >= 1 and <= 20 && number.All(ch => char.IsAsciiLetterUpper(ch) || char.IsAsciiDigit(ch));

    /// <summary>German postal codes have 5 digits; elsewhere any code is taken as written.</summary>
    public static bool IsPostalCode(string code, string country) =>
        country == "DEU" ? code.Length == 5 && code.All(char.IsAsciiDigit) : !string.IsNullOrWhiteSpace(code);
}
