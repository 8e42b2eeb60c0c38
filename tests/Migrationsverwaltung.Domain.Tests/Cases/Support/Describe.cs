using System.Collections;
using System.Globalization;
using System.Reflection;

namespace Migrationsverwaltung.Domain.Tests.Cases.Support;

/// <summary>
/// A readable, structural text of a record: type name and every public property, lists and dictionaries by
/// their contents. Records compare collections by reference, so tests compare these texts instead (and a
/// failing test shows exactly which field differs).
/// </summary>
public static class Describe
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        DateTimeOffset instant => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IDictionary dictionary => "{" + string.Join(", ", dictionary.Keys.Cast<object>()
            .Select(key => (Key: Of(key), Value: Of(dictionary[key])))
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .Select(entry => $"{entry.Key}: {entry.Value}")) + "}",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Of)) + "]",
        IFormattable formattable when value.GetType().IsPrimitive || value is Guid || value is decimal || value.GetType().IsEnum =>
            formattable.ToString(null, CultureInfo.InvariantCulture),
        _ when value.GetType().IsPrimitive || value is Guid => value.ToString() ?? "",
        _ => Record(value),
    };

    private static string Record(object value)
    {
        var type = value.GetType();
        var properties = type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(property => property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            .OrderBy(property => property.MetadataToken)
            .Select(property => $"{property.Name} = {Of(property.GetValue(value))}");
        return $"{type.Name} {{ {string.Join(", ", properties)} }}";
    }
}
