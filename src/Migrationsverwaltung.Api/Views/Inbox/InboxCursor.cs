using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Migrationsverwaltung.Api.Views.Inbox;

/// <summary>
/// The keyset position after the last item of a page: its due date and case id, opaque to the client
/// (base64url of "v1|yyyy-MM-dd|uuid"). Stable under inserts: a page never repeats or skips a case that
/// did not move.
/// </summary>
public sealed record InboxCursor(DateOnly DueOn, Guid CaseId)
{
    private const string Version = "v1";

    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Version}|{DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}|{CaseId}"));

    public static bool TryParse(string? text, out InboxCursor? cursor)
    {
        cursor = null;
        if (text is null || text.Length > 100)
        {
            return false;
        }
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|');
            if (parts.Length == 3 && parts[0] == Version
                && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
                && Guid.TryParseExact(parts[2], "D", out var caseId))
            {
                cursor = new InboxCursor(due, caseId);
                return true;
            }
        }
        catch (FormatException)
        {
        }
        return false;
    }
}
