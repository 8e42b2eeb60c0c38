namespace Migrationsverwaltung.EventStore.Serialization;

/// <summary>
/// Cheap edits of a JSON object's top level, for the envelope properties: one pass over the text, no parse into a
/// document (the read path runs for every event a projection or an aggregate load reads).
/// </summary>
internal static class TopLevelJson
{
    /// <summary>Whether the object has <paramref name="key"/> among its own (top-level) members; nested objects do not count.</summary>
    public static bool HasKey(string json, string key)
    {
        var depth = 0;
        for (var i = 0; i < json.Length; i++)
        {
            switch (json[i])
            {
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    break;
                case '"':
                    var end = EndOfString(json, i);
                    if (depth == 1 && IsKey(json, end) && end - i - 1 == key.Length && string.CompareOrdinal(json, i + 1, key, 0, key.Length) == 0)
                    {
                        return true;
                    }
                    i = end;
                    break;
            }
        }
        return false;
    }

    /// <summary>The object with <paramref name="members"/> ("name": value, ...) inserted as its first members.</summary>
    public static string Prepend(string json, string members)
    {
        var open = json.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return json; // not an object: the deserializer reports it
        }
        var next = open + 1;
        while (next < json.Length && char.IsWhiteSpace(json[next]))
        {
            next++;
        }
        var empty = next < json.Length && json[next] == '}';
        return string.Concat(json.AsSpan(0, open + 1), members, empty ? "" : ", ", json.AsSpan(open + 1));
    }

    /// <summary>The index of the closing quote of the string that opens at <paramref name="start"/>.</summary>
    private static int EndOfString(string json, int start)
    {
        for (var i = start + 1; i < json.Length; i++)
        {
            if (json[i] == '\\')
            {
                i++;
            }
            else if (json[i] == '"')
            {
                return i;
            }
        }
        return json.Length - 1;
    }

    /// <summary>A string is a member name when the next non-blank character is a colon.</summary>
    private static bool IsKey(string json, int closingQuote)
    {
        for (var i = closingQuote + 1; i < json.Length; i++)
        {
            if (!char.IsWhiteSpace(json[i]))
            {
                return json[i] == ':';
            }
        }
        return false;
    }
}
