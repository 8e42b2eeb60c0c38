using System.Globalization;
using FluentValidation;

namespace Migrationsverwaltung.Api.Views.Shared;

/// <summary>
/// Query-string values arrive as text and are checked by the query's validator (400 with a German message per
/// field) before the handler parses them; so a bad filter never reaches SQL and never becomes a 500.
/// </summary>
public static class QueryParameters
{
    public const int LongestValue = 200;

    public static Guid? Guid(string? text) => text is null ? null : System.Guid.Parse(text, CultureInfo.InvariantCulture);

    public static DateOnly? Date(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool IsValidDate(string? text) =>
        text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public static int Int(string? text, int fallback) => text is null ? fallback : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>"true" or "false" (checked by <see cref="IsBool{T}"/>), or null when not given.</summary>
    public static bool? Bool(string? text) => text switch { "true" => true, "false" => false, _ => null };

    public static IRuleBuilderOptions<T, string?> IsBool<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null or "true" or "false")
            .WithMessage("Erwartet wird true oder false.");

    public static IRuleBuilderOptions<T, string?> IsGuid<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || System.Guid.TryParse(text, CultureInfo.InvariantCulture, out _))
            .WithMessage("Keine gültige Kennung (UUID).");

    public static IRuleBuilderOptions<T, string?> IsDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsValidDate)
            .WithMessage("Kein gültiges Datum (JJJJ-MM-TT).");

    public static IRuleBuilderOptions<T, string?> IsIntBetween<T>(this IRuleBuilder<T, string?> rule, int min, int max) =>
        rule.Must(text => text is null || (text.Length <= 9 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max))
            .WithMessage($"Erwartet wird eine ganze Zahl von {min} bis {max}.");

    public static IRuleBuilderOptions<T, string?> IsOneOf<T>(this IRuleBuilder<T, string?> rule, IReadOnlyCollection<string> allowed) =>
        rule.Must(text => text is null || allowed.Contains(text))
            .WithMessage($"Erlaubt sind: {string.Join(", ", allowed)}.");
}
