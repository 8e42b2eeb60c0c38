using System.Security.Cryptography;
using System.Text;

namespace Migrationsverwaltung.Api.Infrastructure.Persistence;

/// <summary>
/// The applicant's public status token: 12 characters of Crockford Base32 (60 random bits) plus Crockford's
/// mod-37 check character, printed as XXXX-XXXX-XXXX-C on the receipt. It carries and unlocks no personal data
/// (§61b(6) AufenthV); only its SHA-256 is stored. Input is normalised: case, hyphens and spaces are ignored,
/// O→0 and I/L→1 as Crockford prescribes.
/// </summary>
public static class StatusTokens
{
    private const string Symbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const string CheckSymbols = Symbols + "*~$=U";

    public static string Create() => FromBits(BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)));

    /// <summary>The token of the given 60 bits (higher bits are ignored); synthetic data (mvw seed) draws them from a seeded generator.</summary>
    public static string FromBits(ulong bits)
    {
        var value = bits & ((1UL << 60) - 1);
        var body = new char[12];
        for (var i = 11; i >= 0; i--)
        {
            body[i] = Symbols[(int)(value & 31)];
            value >>= 5;
        }
        var token = new string(body);
        return $"{token[..4]}-{token[4..8]}-{token[8..]}-{CheckSymbols[(int)(Decode(token) % 37)]}";
    }

    /// <summary>The normalised token's SHA-256 (hex), or null when the input is no well-formed token (wrong length, symbol or check).</summary>
    public static string? HashOf(string input)
    {
        var normalised = Normalise(input);
        if (normalised is not { Length: 13 } || normalised[..12].Any(c => !Symbols.Contains(c)))
        {
            return null;
        }
        if (CheckSymbols[(int)(Decode(normalised[..12]) % 37)] != normalised[12])
        {
            return null;
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(normalised))).ToLowerInvariant();
    }

    /// <summary>The 32 bytes of <see cref="HashOf"/>, as app.public_status keys its rows; null as there.</summary>
    public static byte[]? HashBytesOf(string input) => HashOf(input) is { } hex ? Convert.FromHexString(hex) : null;

    private static string Normalise(string input)
    {
        var builder = new StringBuilder(input.Length);
        foreach (var c in input.ToUpperInvariant())
        {
            if (c is '-' or ' ')
            {
                continue;
            }
            builder.Append(c switch { 'O' => '0', 'I' or 'L' => '1', _ => c });
        }
        return builder.ToString();
    }

    private static ulong Decode(string body) => body.Aggregate(0UL, (value, c) => (value << 5) | (uint)Symbols.IndexOf(c));
}
