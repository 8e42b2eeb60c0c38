using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Migrationsverwaltung.Api.Tests.Http;

/// <summary>Talks to the API as a client would: a development token, JSON bodies, If-Match and Idempotency-Key headers.</summary>
internal static class HttpClientExtensions
{
    public static async Task<HttpClient> ClientAsAsync(this Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> api, string userId, string role, Guid? team = null)
    {
        var client = api.CreateClient();
        using var minted = await client.PostAsJsonAsync("/dev/tokens", new { userId, role, team });
        minted.EnsureSuccessStatusCode();
        var token = (await minted.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<HttpResponseMessage> CommandAsync(this HttpClient client, string path, object? body, long? ifMatch = null, string? idempotencyKey = null) =>
        client.SendAsync(Request(path, body is null ? null : System.Text.Json.JsonSerializer.Serialize(body), ifMatch, idempotencyKey));

    public static HttpRequestMessage Request(string path, string? json, long? ifMatch = null, string? idempotencyKey = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (ifMatch is { } version)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        }
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return request;
    }

    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static long ETag(this HttpResponseMessage response) => long.Parse(response.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
}
