using System.Net;
using System.Text.Json.Nodes;
using Migrationsverwaltung.Api.Tests.Cases;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Http;

/// <summary>
/// Hundreds of broken requests against real resources: each answered with a 4xx ProblemDetails, never a 500,
/// and nothing written (the event count stays the same).
/// </summary>
public sealed class BadInputCorpusTests : ApiTestBase
{
    private static readonly string Huge = new('x', 100_000);
    private static readonly HashSet<string> FreeText = ["familyName", "givenNames", "birthPlace", "street", "city"];

    /// <summary>Leaving these out is meaningful (assignment: null = back to the team's pool).</summary>
    private static readonly HashSet<string> Optional = ["caseworker"];

    [Test]
    public async Task Every_bad_request_gets_a_4xx_problem_and_writes_nothing()
    {
        (await Api.WaitUntilReadyAsync()).Dispose();
        await CaseDriver.EstablishOfficeAsync(Api.Services);
        var client = await Api.ClientAsAsync("sb-1", "Sachbearbeitung", CaseDriver.Team);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var created = await client.CommandAsync("/api/v1/cases", new
        {
            personId = Guid.NewGuid(), officeId = CaseDriver.Office, teamId = CaseDriver.Team, titleCode = "AE_18B", kind = "FirstIssue", channel = "Post", receivedOn = today,
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var caseUrl = created.Headers.Location!.ToString();
        var before = await EventCountAsync();

        var corpus = Corpus(caseUrl).ToList();
        var wrong = new List<string>();
        foreach (var (name, request) in corpus)
        {
            using (request)
            using (var response = await client.SendAsync(request))
            {
                var status = (int)response.StatusCode;
                var type = response.Content.Headers.ContentType?.MediaType;
                if (status is < 400 or >= 500 || type != "application/problem+json")
                {
                    wrong.Add($"{name}: {status} {type} {Truncate(await response.Content.ReadAsStringAsync())}");
                }
            }
        }

        TestContext.Out.WriteLine($"CORPUS {corpus.Count} requests");
        Assert.That(corpus, Has.Count.GreaterThanOrEqualTo(200));
        Assert.That(wrong, Is.Empty, string.Join("\n", wrong));
        Assert.That(await EventCountAsync(), Is.EqualTo(before), "nothing written");
    }

    private static IEnumerable<(string, HttpRequestMessage)> Corpus(string caseUrl)
    {
        var targets = new (string Path, long? IfMatch, JsonObject Valid)[]
        {
            ("/api/v1/cases", null, new JsonObject { ["personId"] = Guid.NewGuid(), ["officeId"] = CaseDriver.Office, ["teamId"] = CaseDriver.Team, ["titleCode"] = "AE_18B", ["kind"] = "FirstIssue", ["channel"] = "Post", ["receivedOn"] = "2026-11-20" }),
            ("/api/v1/persons", null, new JsonObject { ["officeId"] = CaseDriver.Office, ["familyName"] = "Muster", ["birthDate"] = "1990-01-01", ["birthPlace"] = "Ort", ["sex"] = "Female", ["nationality"] = "DEU", ["address"] = new JsonObject { ["street"] = "A", ["houseNumber"] = "1", ["postalCode"] = "47798", ["city"] = "B", ["country"] = "DEU" } }),
            ($"{caseUrl}/document-requests", 1, new JsonObject { ["items"] = new JsonArray(new JsonObject { ["documentCode"] = "PASS" }), ["deadline"] = "2030-01-01" }),
            ($"{caseUrl}/grant", 1, new JsonObject { ["validUntil"] = "2030-01-01" }),
            ($"{caseUrl}/fees", 1, new JsonObject { ["feeId"] = Guid.NewGuid(), ["kind"] = "Issue" }),
            ($"{caseUrl}/settlement", 1, new JsonObject { ["kind"] = "MovedAway", ["newOfficeCode"] = "05111000" }),
            ($"{caseUrl}/assignment", 1, new JsonObject { ["caseworker"] = "sb-2", ["teamId"] = CaseDriver.Team }),
            ($"{caseUrl}/fiktionsbescheinigungen", 1, new JsonObject { ["documentNumber"] = "F123", ["validUntil"] = "2030-01-01" }),
        };
        foreach (var (path, ifMatch, valid) in targets)
        {
            var label = path.Replace(caseUrl, "{case}", StringComparison.Ordinal);
            yield return ($"{label} malformed JSON", Raw(path, "{\"a\": ", ifMatch));
            yield return ($"{label} JSON array", Raw(path, "[1,2,3]", ifMatch));
            yield return ($"{label} JSON string", Raw(path, "\"text\"", ifMatch));
            yield return ($"{label} trailing garbage", Raw(path, valid.ToJsonString() + "}}", ifMatch));
            yield return ($"{label} text/plain", Raw(path, valid.ToJsonString(), ifMatch, "text/plain"));
            yield return ($"{label} form", Raw(path, "a=b", ifMatch, "application/x-www-form-urlencoded"));
            yield return ($"{label} xml", Raw(path, "<a/>", ifMatch, "application/xml"));
            yield return ($"{label} unknown field", Raw(path, With(valid, "unknownField", 1).ToJsonString(), ifMatch));
            yield return ($"{label} smuggled version", Raw(path, With(valid, "expectedVersion", 0).ToJsonString(), ifMatch));
            foreach (var field in valid.Select(f => f.Key).ToList())
            {
                var freeText = FreeText.Contains(field);
                if (!Optional.Contains(field))
                {
                    yield return ($"{label} missing {field}", Raw(path, Without(valid, field).ToJsonString(), ifMatch));
                    yield return ($"{label} {field} null", Raw(path, With(valid, field, null).ToJsonString(), ifMatch));
                }
                yield return ($"{label} {field} wrong type (object)", Raw(path, With(valid, field, new JsonObject { ["x"] = 1 }).ToJsonString(), ifMatch));
                yield return ($"{label} {field} huge string", Raw(path, With(valid, field, Huge).ToJsonString(), ifMatch));
                if (!freeText)
                {
                    // In names and places these are legitimate (O'Brien, عبد الله): accepted, see FreeTextTests.
                    yield return ($"{label} {field} SQL", Raw(path, With(valid, field, "'; DROP TABLE event_store.mt_events; --").ToJsonString(), ifMatch));
                    yield return ($"{label} {field} RTL+combining", Raw(path, With(valid, field, "\u202Eابو\u0301\u0308").ToJsonString(), ifMatch));
                }
            }
        }
        yield return ("invalid GUID in route", Raw("/api/v1/cases/not-a-guid/grant", "{}", 1));
        yield return ("If-Match not a number", Raw($"{caseUrl}/grant", "{\"validUntil\":\"2030-01-01\"}", null, ifMatchText: "\"abc\""));
        yield return ("If-Match wildcard", Raw($"{caseUrl}/grant", "{\"validUntil\":\"2030-01-01\"}", null, ifMatchText: "*"));
        yield return ("If-Match two tags", Raw($"{caseUrl}/grant", "{\"validUntil\":\"2030-01-01\"}", null, ifMatchText: "\"1\", \"2\""));
        yield return ("Idempotency-Key too long", Raw($"{caseUrl}/grant", "{\"validUntil\":\"2030-01-01\"}", 1, key: new string('k', 300)));
        yield return ("negative asOfVersion", new HttpRequestMessage(HttpMethod.Get, $"{caseUrl}?asOfVersion=-1"));
        yield return ("asOfVersion not a number", new HttpRequestMessage(HttpMethod.Get, $"{caseUrl}?asOfVersion=abc"));
        yield return ("unknown case", Raw($"/api/v1/cases/{Guid.NewGuid()}/grant", "{\"validUntil\":\"2030-01-01\"}", 1));
        yield return ("unknown title", Raw("/api/v1/cases", With(targets[0].Valid, "titleCode", "AE_99Z").ToJsonString(), null));
        yield return ("unknown enum", Raw("/api/v1/cases", With(targets[0].Valid, "kind", "Sometimes").ToJsonString(), null));
        yield return ("enum as number", Raw("/api/v1/cases", With(targets[0].Valid, "kind", 7).ToJsonString(), null));
        yield return ("impossible date", Raw("/api/v1/cases", With(targets[0].Valid, "receivedOn", "2026-02-30").ToJsonString(), null));
        yield return ("nationality in Arabic", Raw("/api/v1/persons", With(targets[1].Valid, "nationality", "سوريا").ToJsonString(), null));
    }

    private static JsonObject With(JsonObject valid, string field, JsonNode? value)
    {
        var copy = valid.DeepClone().AsObject();
        copy[field] = value?.DeepClone();
        return copy;
    }

    private static JsonObject Without(JsonObject valid, string field)
    {
        var copy = valid.DeepClone().AsObject();
        copy.Remove(field);
        return copy;
    }

    private static HttpRequestMessage Raw(string path, string body, long? ifMatch, string contentType = "application/json", string? ifMatchText = null, string? key = null)
    {
        var request = HttpClientExtensions.Request(path, body, ifMatch, contentType: contentType);
        if (ifMatchText is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatchText);
        }
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }
        return request;
    }

    private async Task<long> EventCountAsync()
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM event_store.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] : text;
}
