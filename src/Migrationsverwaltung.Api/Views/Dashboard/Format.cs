using System.Globalization;

namespace Migrationsverwaltung.Api.Views.Dashboard;

/// <summary>Numbers and dates as German readers expect them on the page; invariant text for data-* attributes and SVG coordinates.</summary>
internal static class Format
{
    // The app runs with invariant globalization (no ICU cultures): the German separators are set here.
    private static readonly NumberFormatInfo German = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NumberGroupSizes = [3] };

    public static string Count(int value) => value.ToString("N0", German);

    public static string Days(double value) => value.ToString("0.#", German);

    public static string Date(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Invariant(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    /// <summary>"KW 40" for the ISO week starting on <paramref name="monday"/>.</summary>
    public static string Week(DateOnly monday) => $"KW {ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue))}";
}
