using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Net.Http.Headers;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Npgsql;

namespace Migrationsverwaltung.Api.Status;

/// <summary>
/// GET /api/v1/status/{token}, anonymous: the status token's coarse state. The token is looked up by its SHA-256
/// only. Unknown, replaced, expired and malformed tokens all get the one "unknown" answer, byte for byte, after
/// the same single-row lookup (a malformed token looks up a hash no token can have). Every lookup is queued for
/// the audit table without the token.
/// </summary>
public static class GetPublicStatus
{
    /// <summary>The state and its texts: <c>text</c> in the language Accept-Language chose (German by default), <c>texts</c> in all five.</summary>
    public sealed record Answer(string Status, string Language, string Text, IReadOnlyDictionary<string, string> Texts, IReadOnlyList<string> Rtl);

    /// <summary>The token stops answering this long after the handover (or the end of a case without one).</summary>
    public static readonly TimeSpan ExpiresAfter = TimeSpan.FromDays(8 * 7);

    private const string DefaultLanguage = "de";
    private const int LongestPlausibleInput = 64;

    // SHA-256 of the empty string: no normalised token is empty, so this never matches, yet costs the same lookup.
    private static readonly byte[] NoSuchHash = SHA256.HashData([]);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Persian and Arabic stay readable in the body; HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Every possible body, built once: what a caller receives depends on (state, language) and nothing else.</summary>
    private static readonly FrozenDictionary<(string Status, string Language), byte[]> Bodies =
        PublicStatus.All.SelectMany(status => StatusTexts.Languages.Select(language => (status, language)))
            .ToFrozenDictionary(key => key, key => JsonSerializer.SerializeToUtf8Bytes(
                new Answer(key.status, key.language, StatusTexts.For(key.status)[key.language], StatusTexts.For(key.status), StatusTexts.RightToLeft), Json));

    public static async Task<IResult> HandleAsync(
        string? token, HttpContext http, NpgsqlDataSource database, TimeProvider clock, StatusLookupLog log, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var hash = token is { Length: <= LongestPlausibleInput } ? StatusTokens.HashBytesOf(token) : null;
        var now = clock.GetUtcNow();
        var status = await FindAsync(database, hash ?? NoSuchHash, now, cancellationToken);

        var found = status != PublicStatus.Unknown;
        var network = ClientAddress.NetworkOf(http.Connection.RemoteIpAddress);
        await log.RecordAsync(new StatusLookupRecord(now, network, found), cancellationToken);
        loggers.CreateLogger(typeof(GetPublicStatus)).LogDebug("Public status lookup from {ClientNetwork}: {Outcome}", network, found ? "found" : "unknown");

        var language = LanguageOf(http.Request);
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        headers.Vary = HeaderNames.AcceptLanguage;
        headers.ContentLanguage = language;
        return TypedResults.Bytes(Bodies[(status, language)], "application/json; charset=utf-8");
    }

    private static async Task<string> FindAsync(NpgsqlDataSource database, byte[] hash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            $"SELECT status, least(handed_over_at, ended_at) FROM {AppSchema.Name}.public_status WHERE token_hash = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = hash });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return PublicStatus.Unknown;
        }
        var expiresFrom = await reader.IsDBNullAsync(1, cancellationToken) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(1);
        return expiresFrom is { } end && now >= end + ExpiresAfter ? PublicStatus.Unknown : reader.GetString(0);
    }

    /// <summary>The first of our languages in Accept-Language by quality (ties in the header's order); German otherwise.</summary>
    private static string LanguageOf(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var ranges))
        {
            return DefaultLanguage;
        }
        return ranges.Where(range => range.Quality is null or > 0)
            .OrderByDescending(range => range.Quality ?? 1)
            .Select(range => range.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(language => language is not null && StatusTexts.Languages.Contains(language)) ?? DefaultLanguage;
    }
}
