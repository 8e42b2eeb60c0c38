using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Migrationsverwaltung.Api.Infrastructure.Http;

public sealed class UnsupportedContentTypeException(string? contentType)
    : Exception($"Der Inhalt muss application/json sein (gesendet: {contentType ?? "nichts"}).");

/// <summary>
/// Reads a command's JSON body and completes it from the route (stream id), If-Match (expected version) and
/// Idempotency-Key, so that a client cannot smuggle those into the body. Malformed JSON and wrong types are
/// 400 with the JSON path; an unknown field is refused too (a typo must not silently drop data).
/// </summary>
internal static class CommandBody
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static async Task<TCommand> ReadAsync<TCommand>(HttpRequest request, IReadOnlyDictionary<string, JsonNode?> fromHttp, CancellationToken cancellationToken)
    {
        JsonObject body;
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.ContainsKey("Transfer-Encoding")))
        {
            body = [];
        }
        else
        {
            if (!request.HasJsonContentType())
            {
                throw new UnsupportedContentTypeException(request.ContentType);
            }
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject
                   ?? throw new JsonException("Der Inhalt muss ein JSON-Objekt sein.");
        }
        foreach (var name in fromHttp.Keys)
        {
            if (body.ContainsKey(name))
            {
                throw new JsonException($"„{name}“ kommt aus dem Pfad oder den Headern, nicht aus dem Inhalt.");
            }
        }
        foreach (var (name, value) in fromHttp)
        {
            body[name] = value?.DeepClone();
        }
        return body.Deserialize<TCommand>(Options) ?? throw new JsonException("Der Inhalt fehlt.");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
