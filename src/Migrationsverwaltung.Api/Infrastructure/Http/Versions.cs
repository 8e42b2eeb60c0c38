using Microsoft.Net.Http.Headers;

namespace Migrationsverwaltung.Api.Infrastructure.Http;

/// <summary>Every change to an existing stream must say which version it saw (If-Match); without it: 428.</summary>
public sealed class PreconditionRequiredException()
    : Exception("Änderungen brauchen den Header If-Match mit dem ETag der gelesenen Version (z. B. If-Match: \"5\").");

public sealed class MalformedHeaderException(string header, string problem) : Exception($"Der Header {header} ist ungültig: {problem}");

/// <summary>The stream version as ETag ("5") and back from If-Match; weak tags (W/"5") are accepted as well.</summary>
internal static class Versions
{
    public static string ETag(long version) => $"\"{version}\"";

    public static long ExpectedFrom(HttpRequest request)
    {
        var values = request.Headers.IfMatch;
        if (values.Count == 0 || string.IsNullOrWhiteSpace(values.ToString()))
        {
            throw new PreconditionRequiredException();
        }
        if (!EntityTagHeaderValue.TryParseList(values, out var tags) || tags.Count != 1 || tags[0].Equals(EntityTagHeaderValue.Any))
        {
            throw new MalformedHeaderException("If-Match", "erwartet wird genau ein ETag wie \"5\".");
        }
        var text = tags[0].Tag.ToString().Trim('"');
        return long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new MalformedHeaderException("If-Match", $"„{text}“ ist keine Version.");
    }

    /// <summary>If-Match when the client sent one (then it is checked), null otherwise.</summary>
    public static long? OptionalExpected(HttpRequest request) =>
        request.Headers.IfMatch.Count == 0 || string.IsNullOrWhiteSpace(request.Headers.IfMatch.ToString()) ? null : ExpectedFrom(request);

    public static string? IdempotencyKey(HttpRequest request)
    {
        var key = request.Headers["Idempotency-Key"].ToString();
        if (key.Length == 0)
        {
            return null;
        }
        return key.Length <= 100 && key.All(c => c is >= '!' and <= '~')
            ? key
            : throw new MalformedHeaderException("Idempotency-Key", "höchstens 100 sichtbare ASCII-Zeichen.");
    }
}
