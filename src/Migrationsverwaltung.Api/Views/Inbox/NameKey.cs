using System.Collections.Frozen;
using System.Text;

namespace Migrationsverwaltung.Api.Views.Inbox;

/// <summary>
/// The form a name is looked up by: lower case, Latin letters without diacritics (ü → u, ş → s, ß → ss, æ → ae),
/// hyphens and apostrophes as spaces, single spaces. "Müller-Şahin", "MULLER SAHIN" and "muller sahin" meet;
/// Arabic, Persian or Cyrillic letters stay as they are (no transliteration). A table rather than Unicode
/// decomposition, because the app runs with invariant globalization, where string.Normalize does not decompose.
/// </summary>
public static class NameKey
{
    private static readonly FrozenDictionary<char, string> Folded = new Dictionary<string, string>
    {
        ["àáâãäåāăą"] = "a", ["çćĉċč"] = "c", ["ďđð"] = "d", ["èéêëēĕėęě"] = "e", ["ĝğġģ"] = "g", ["ĥħ"] = "h",
        ["ìíîïĩīĭįı"] = "i", ["ĵ"] = "j", ["ķ"] = "k", ["ĺļľŀł"] = "l", ["ñńņňŉ"] = "n", ["òóôõöøōŏő"] = "o",
        ["ŕŗř"] = "r", ["śŝşšș"] = "s", ["ţťŧț"] = "t", ["ùúûüũūŭůűų"] = "u", ["ŵ"] = "w", ["ýÿŷ"] = "y", ["źżž"] = "z",
        ["ß"] = "ss", ["æ"] = "ae", ["œ"] = "oe", ["þ"] = "th",
    }.SelectMany(group => group.Key.Select(c => (c, group.Value))).ToFrozenDictionary(p => p.c, p => p.Value);

    public static string? Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var key = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsWhiteSpace(c) || c is '-' or '\'' or '’')
            {
                space = key.Length > 0;
                continue;
            }
            if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control)
            {
                continue;
            }
            if (space)
            {
                key.Append(' ');
                space = false;
            }
            key.Append(Folded.TryGetValue(c, out var plain) ? plain : c.ToString());
        }
        return key.Length == 0 ? null : key.ToString();
    }
}
