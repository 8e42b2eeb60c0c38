using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Migrationsverwaltung.Domain.Organisation;

/// <summary>
/// An Aktenzeichen: the office's prefix, the year and a running number, written <c>ABH-2026-000123</c>. Numbers run
/// per office and year from 1 to 999999. Ordered by year, then number (the prefix only separates offices that share
/// a list), so the order is the order of allocation within one office.
/// </summary>
public sealed record FileNumber : IComparable<FileNumber>, IParsable<FileNumber>
{
    public const int MaxNumber = 999_999;

    public FileNumber(string prefix, int year, int number)
    {
        if (!IsValidPrefix(prefix))
        {
            throw new ArgumentException("The prefix must be 2 to 10 uppercase letters A-Z.", nameof(prefix));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, MaxNumber);
        (Prefix, Year, Number) = (prefix, year, number);
    }

    public string Prefix { get; }
    public int Year { get; }
    public int Number { get; }

    public static bool IsValidPrefix([NotNullWhen(true)] string? prefix) =>
        prefix is { Length: >= 2 and <= 10 } && prefix.All(char.IsAsciiLetterUpper);

    /// <summary>The first number of an office's year.</summary>
    public static FileNumber First(string prefix, int year) => new(prefix, year, 1);

    /// <summary>The following number in the same year; there is none after 999999.</summary>
    public FileNumber Next() =>
        Number < MaxNumber
            ? new FileNumber(Prefix, Year, Number + 1)
            : throw new InvalidOperationException($"The file numbers of {Prefix} for {Year} are used up.");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year:D4}-{Number:D6}");

    public static FileNumber Parse(string s) => Parse(s, null);

    public static FileNumber Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result) ? result : throw new FormatException($"'{s}' is not a file number like ABH-2026-000123.");

    public static bool TryParse([NotNullWhen(true)] string? s, [MaybeNullWhen(false)] out FileNumber result) => TryParse(s, null, out result);

    /// <summary>Exactly <c>PREFIX-YYYY-NNNNNN</c>: no spaces, no lowercase, six digits with leading zeros, number ≥ 1.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out FileNumber result)
    {
        result = null;
        var parts = s?.Split('-');
        if (parts is not [var prefix, { Length: 4 } year, { Length: 6 } number]
            || !IsValidPrefix(prefix) || !year.All(char.IsAsciiDigit) || !number.All(char.IsAsciiDigit))
        {
            return false;
        }
        var (y, n) = (int.Parse(year, CultureInfo.InvariantCulture), int.Parse(number, CultureInfo.InvariantCulture));
        if (y < 1000 || n < 1)
        {
            return false;
        }
        result = new FileNumber(prefix, y, n);
        return true;
    }

    public int CompareTo(FileNumber? other) =>
        other is null ? 1
        : Year != other.Year ? Year.CompareTo(other.Year)
        : Number != other.Number ? Number.CompareTo(other.Number)
        : string.CompareOrdinal(Prefix, other.Prefix);

    public static bool operator <(FileNumber left, FileNumber right) => left.CompareTo(right) < 0;
    public static bool operator >(FileNumber left, FileNumber right) => left.CompareTo(right) > 0;
    public static bool operator <=(FileNumber left, FileNumber right) => left.CompareTo(right) <= 0;
    public static bool operator >=(FileNumber left, FileNumber right) => left.CompareTo(right) >= 0;
}
