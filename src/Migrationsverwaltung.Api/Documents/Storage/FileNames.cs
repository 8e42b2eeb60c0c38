using System.Text;
using System.Text.RegularExpressions;

namespace Migrationsverwaltung.Api.Documents.Storage;

/// <summary>
/// Turns a client's file name into one that is safe to store and to send back in Content-Disposition:
/// only the last path segment, no control or bidi override characters (which disguise "gpj.exe" as
/// "exe.jpg"), single spaces, at most <see cref="MaxLength"/> characters with the extension kept.
/// </summary>
public static partial class FileNames
{
    public const int MaxLength = 200;
    private const int MaxExtensionLength = 20;

    public static string Sanitize(string? fileName)
    {
        var visible = new StringBuilder(fileName?.Length ?? 0);
        foreach (var c in fileName ?? "")
        {
            if (!char.IsControl(c) && !IsBidiControl(c))
            {
                visible.Append(c);
            }
        }
        // Windows and Unix separators and drive letters ("C:\", "C:file") all end a directory part.
        var lastSegment = visible.ToString().Split('/', '\\', ':')[^1];
        var name = Whitespace().Replace(lastSegment, " ").Trim().TrimEnd('.', ' ');
        if (name.Length == 0 || name.All(c => c == '.'))
        {
            throw new ArgumentException(
                "Der Dateiname ist leer oder besteht nur aus Pfadangaben und unzulässigen Zeichen.", nameof(fileName));
        }
        return Shorten(name);
    }

    private static string Shorten(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }
        var extension = Path.GetExtension(name);
        if (extension.Length > MaxExtensionLength)
        {
            extension = "";
        }
        var stemLength = MaxLength - extension.Length;
        if (char.IsHighSurrogate(name[stemLength - 1]))
        {
            stemLength--; // never cut a character in half
        }
        return name[..stemLength].TrimEnd() + extension;
    }

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
