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
        await EstablishOfficeOnceAsync();
        var client = await Api.ClientAsAsync("sb-1", "Sachbearbeitung", CaseDriver.Team);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var created = await client.CommandAsync("/api/v1/cases", new
        {
            personId = Guid.NewGuid(), officeId = CaseDriver.Office, teamId = CaseDriver.Team, titleCode = "AE_18B", kind = "FirstIssue", channel = "Post", receivedOn = today,
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var caseUrl = created.Headers.Location!.ToString();
        using var person = await client.CommandAsync("/api/v1/persons", new
        {
            officeId = CaseDriver.Office, familyName = "Muster", birthDate = "1990-01-01", birthPlace = "Ort", sex = "Female", nationality = "DEU",
            address = new { street = "A", houseNumber = "1", postalCode = "47798", city = "B", country = "DEU" },
        });
        var personUrl = person.Headers.Location!.ToString();
        var before = await EventCountAsync();

        var corpus = Corpus(caseUrl).Concat(FileCorpus(personUrl, caseUrl)).Concat(Appointments.AppointmentBadInput.Corpus(caseUrl)).ToList();
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

    /// <summary>The E-Akte: JSON commands on the file, and broken multipart uploads (none may store a byte).</summary>
    private static IEnumerable<(string, HttpRequestMessage)> FileCorpus(string personUrl, string caseUrl)
    {
        var targets = new (string Path, JsonObject Valid)[]
        {
            ($"{personUrl}/file/case-links", new JsonObject { ["documentId"] = Guid.NewGuid(), ["caseId"] = Guid.NewGuid() }),
            ($"{personUrl}/file/reclassifications", new JsonObject { ["documentId"] = Guid.NewGuid(), ["documentType"] = "PASS", ["confidentiality"] = "Normal" }),
            ($"{personUrl}/file/sharing-consents", new JsonObject { ["partner"] = "Jobcenter", ["purpose"] = "SGB II", ["until"] = "2030-01-01" }),
            ($"{personUrl}/file/shares", new JsonObject { ["partner"] = "Jobcenter", ["documentIds"] = new JsonArray(Guid.NewGuid()), ["until"] = "2030-01-01" }),
        };
        foreach (var (path, valid) in targets)
        {
            var label = path.Replace(personUrl, "{person}", StringComparison.Ordinal);
            yield return ($"{label} malformed JSON", Raw(path, "{\"a\": ", 1));
            yield return ($"{label} unknown field", Raw(path, With(valid, "unknownField", 1).ToJsonString(), 1));
            foreach (var field in valid.Select(f => f.Key).ToList())
            {
                yield return ($"{label} missing {field}", Raw(path, Without(valid, field).ToJsonString(), 1));
                yield return ($"{label} {field} null", Raw(path, With(valid, field, null).ToJsonString(), 1));
                yield return ($"{label} {field} huge string", Raw(path, With(valid, field, Huge).ToJsonString(), 1));
            }
        }
        yield return ("share without documents", Raw($"{personUrl}/file/shares", With(targets[3].Valid, "documentIds", new JsonArray()).ToJsonString(), 1));
        yield return ("reclassify to unknown type", Raw($"{personUrl}/file/reclassifications", With(targets[1].Valid, "documentType", "NO_SUCH").ToJsonString(), 1));

        var upload = $"{personUrl}/file/documents";
        var metadata = "{\"documentType\":\"PASS\",\"receivedOn\":\"2026-11-20\",\"channel\":\"Counter\"}";
        yield return ("upload as JSON", Raw(upload, metadata, null));
        yield return ("upload multipart without boundary", Raw(upload, "x", null, "multipart/form-data"));
        yield return ("upload with garbage multipart", Raw(upload, "--b\r\nnonsense", null, "multipart/form-data; boundary=b"));
        yield return ("upload metadata malformed", Multipart(upload, "{\"documentType\": ", "application/pdf", "a.pdf", "%PDF-1.4 x"));
        yield return ("upload metadata unknown field", Multipart(upload, "{\"documentType\":\"PASS\",\"receivedOn\":\"2026-11-20\",\"channel\":\"Counter\",\"x\":1}", "application/pdf", "a.pdf", "%PDF-1.4 x"));
        yield return ("upload metadata huge", Multipart(upload, "{\"documentType\":\"" + Huge + "\"}", "application/pdf", "a.pdf", "%PDF-1.4 x"));
        yield return ("upload unknown channel", Multipart(upload, metadata.Replace("Counter", "Pigeon", StringComparison.Ordinal), "application/pdf", "a.pdf", "%PDF-1.4 x"));
        yield return ("upload received in the future", Multipart(upload, metadata.Replace("2026-11-20", "2099-01-01", StringComparison.Ordinal), "application/pdf", "a.pdf", "%PDF-1.4 x"));
        yield return ("upload not a PDF", Multipart(upload, metadata, "application/pdf", "a.pdf", "MZ program"));
        yield return ("upload unsupported type", Multipart(upload, metadata, "application/x-msdownload", "a.exe", "MZ program"));
        yield return ("upload empty", Multipart(upload, metadata, "application/pdf", "a.pdf", ""));
        yield return ("upload traversal name", Multipart(upload, metadata, "application/pdf", "../../a.pdf", "%PDF-1.4 x"));
        yield return ("upload to unknown person", Multipart($"/api/v1/persons/{Guid.NewGuid()}/file/documents", metadata, "application/pdf", "a.pdf", "%PDF-1.4 x"));
        yield return ("download version 0", new HttpRequestMessage(HttpMethod.Get, $"{personUrl}/file/documents/{Guid.NewGuid()}/content?version=0"));
        yield return ("download version not a number", new HttpRequestMessage(HttpMethod.Get, $"{personUrl}/file/documents/{Guid.NewGuid()}/content?version=abc"));
        yield return ("download unknown document", new HttpRequestMessage(HttpMethod.Get, $"{personUrl}/file/documents/{Guid.NewGuid()}/content"));
        yield return ("completeness of an unknown case", new HttpRequestMessage(HttpMethod.Get, $"/api/v1/cases/{Guid.NewGuid()}/completeness"));
        yield return ("completeness of a person id", new HttpRequestMessage(HttpMethod.Get, $"{personUrl.Replace("persons", "cases", StringComparison.Ordinal)}/completeness"));
        yield return ("case read with a person id", new HttpRequestMessage(HttpMethod.Get, personUrl.Replace("persons", "cases", StringComparison.Ordinal)));
        yield return ("missing-document request without deadline", Raw($"{caseUrl}/missing-document-requests", "{}", 1));
    }

    private static HttpRequestMessage Multipart(string path, string metadata, string mediaType, string fileName, string content)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(metadata, System.Text.Encoding.UTF8, "application/json"), "metadata" },
        };
        var file = new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes(content));
        file.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(mediaType);
        form.Add(file, "content", fileName);
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
    }

    /// <summary>The read views (docs/views.md): bad filters, cursors and counts are exactly 400 with a ProblemDetails, for a role that may read them.</summary>
    [Test]
    public async Task Every_bad_view_query_gets_a_400_problem()
    {
        (await Api.WaitUntilReadyAsync()).Dispose();
        var caseworker = await Api.ClientAsAsync("sb-1", "Sachbearbeitung", CaseDriver.Team);
        var lead = await Api.ClientAsAsync("tl-1", "Teamleitung", CaseDriver.Team);
        var corpus = new List<(HttpClient Client, string Path)>();
        foreach (var query in new[]
        {
            "cursor=nonsense", "cursor=" + new string('A', 500), "cursor=djF8OTk5OS0xMi0zMXxub3QtYS1ndWlk", "limit=0", "limit=101", "limit=-1", "limit=1e3", "limit=99999999999",
            "status=Closed", "status=Nope", "status=7", "deadlineState=soon", "receivedFrom=2026-13-01", "receivedTo=yesterday",
            "receivedFrom=2026-10-01&receivedTo=2026-09-01", "scope=team", "titleCode=%27%3B%20DROP%20TABLE%20x%3B%20--", "titleCode=" + Huge[..300],
        })
        {
            corpus.Add((caseworker, $"/api/v1/inbox?{query}"));
        }
        foreach (var query in new[] { "weeks=0", "weeks=105", "weeks=x", "weeks=%E2%88%9E", "limit=0", "limit=5000" })
        {
            corpus.Add((caseworker, $"/api/v1/persons/expiring?{query}"));
        }
        foreach (var query in new[] { "", "fileNumber=%27%3B--", "fileNumber=A&familyName=B", "givenNames=Anna", "familyName=" + Huge[..300], "familyName=%20" })
        {
            corpus.Add((caseworker, $"/api/v1/cases/search?{query}"));
        }
        foreach (var path in new[] { "", "/risks", "/workload", "/flow" })
        {
            corpus.Add((lead, $"/api/v1/backlog{path}?teamId=team-1"));
        }
        foreach (var query in new[] { "limit=0", "limit=501", "limit=abc" })
        {
            corpus.Add((lead, $"/api/v1/backlog/risks?{query}"));
        }
        foreach (var query in new[] { "weeks=0", "weeks=105", "weeks=twelve" })
        {
            corpus.Add((lead, $"/api/v1/backlog/flow?{query}"));
        }
        foreach (var teamId in new[] { "", "team-1", "%3Cscript%3E", "%27%3B%20DROP%20TABLE%20event_store.mt_events%3B%20--", "%E2%80%AE%D8%A7", new string('7', 2000), "7e7e7e7e-0000-0000-0000-00000000000G", "a&teamId=b" })
        {
            corpus.Add((lead, $"/dashboard?teamId={teamId}"));
        }

        var wrong = new List<string>();
        foreach (var (client, path) in corpus)
        {
            using var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                wrong.Add($"{path[..Math.Min(120, path.Length)]}: {(int)response.StatusCode} {Truncate(await response.Content.ReadAsStringAsync())}");
            }
        }
        TestContext.Out.WriteLine($"VIEW CORPUS {corpus.Count} requests");
        Assert.That(wrong, Is.Empty, string.Join("\n", wrong));
    }

    [Test]
    public async Task Xdomea_packages_and_archive_answers_that_are_bad_get_a_4xx_problem_and_write_nothing()
    {
        (await Api.WaitUntilReadyAsync()).Dispose();
        await EstablishOfficeOnceAsync();
        var administrator = await Api.ClientAsAsync("admin-1", "Administration");
        var caseworker = await Api.ClientAsAsync("sb-1", "Sachbearbeitung", CaseDriver.Team);
        using var registered = await caseworker.CommandAsync("/api/v1/persons", new
        {
            officeId = CaseDriver.Office, familyName = "Muster", birthDate = "1990-01-01", birthPlace = "Ort", sex = "Female", nationality = "DEU",
            address = new { street = "A", houseNumber = "1", postalCode = "47798", city = "B", country = "DEU" },
        });
        var personId = (await registered.JsonAsync())["streamId"]!.GetValue<Guid>();
        var before = await EventCountAsync();
        var corpus = XdomeaCorpus(personId, administrator, caseworker).ToList();

        var wrong = new List<string>();
        foreach (var (name, client, request) in corpus)
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

        TestContext.Out.WriteLine($"XDOMEA CORPUS {corpus.Count} requests");
        Assert.That(wrong, Is.Empty, string.Join("\n", wrong));
        Assert.That(await EventCountAsync(), Is.EqualTo(before), "nothing written");
    }

    private static IEnumerable<(string, HttpClient, HttpRequestMessage)> XdomeaCorpus(Guid personId, HttpClient administrator, HttpClient caseworker)
    {
        var process = Guid.NewGuid();
        var head = $"<x:Kopf><x:ProzessID>{process}</x:ProzessID><x:Nachrichtentyp listURI=\"urn:xoev-de:xdomea:codeliste:nachrichtentyp\" listVersionID=\"2.0\"><code>0502</code></x:Nachrichtentyp>"
            + "<x:Erstellungszeitpunkt>2026-01-01T00:00:00Z</x:Erstellungszeitpunkt><x:Absender><x:Institution><x:Name>A</x:Name></x:Institution></x:Absender>"
            + "<x:Empfaenger><x:Institution><x:Name>B</x:Name></x:Institution></x:Empfaenger></x:Kopf>";
        string Evaluation(string code) => $"<x:Aussonderung.Bewertungsverzeichnis.0502 xmlns:x=\"urn:xoev-de:xdomea:schema:3.0.0\">{head}<x:BewertetesObjekt><x:ID>{Guid.NewGuid()}</x:ID>"
            + $"<x:Aussonderungsart><x:Aussonderungsart listURI=\"urn:xoev-de:xdomea:codeliste:aussonderungsart\" listVersionID=\"1.0\"><code>{code}</code></x:Aussonderungsart></x:Aussonderungsart></x:BewertetesObjekt></x:Aussonderung.Bewertungsverzeichnis.0502>";
        var utf8 = System.Text.Encoding.UTF8;
        var bodies = new (string Name, byte[] Body)[]
        {
            ("empty", []),
            ("garbage", utf8.GetBytes("not a message at all")),
            ("truncated zip", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]),
            ("zip without a message", Zip(("readme.txt", "x"u8.ToArray()))),
            ("zip with traversal", Zip(($"../{process}_Aussonderung.Bewertungsverzeichnis.0502.xml", utf8.GetBytes(Evaluation("A"))))),
            ("schema-invalid (no Kopf)", utf8.GetBytes("<x:Aussonderung.Bewertungsverzeichnis.0502 xmlns:x=\"urn:xoev-de:xdomea:schema:3.0.0\"/>")),
            ("0502 with B (no decision)", utf8.GetBytes(Evaluation("B"))),
            ("DTD", utf8.GetBytes("<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>")),
        };
        foreach (var (name, body) in bodies)
        {
            yield return ($"0502 {name}", administrator, Binary("/api/v1/retention/evaluations", body, "application/xml"));
            yield return ($"0506 {name}", administrator, Binary("/api/v1/retention/import-confirmations", body, "application/xml"));
            yield return ($"0401 {name}", caseworker, Binary($"/api/v1/xdomea/imports?personId={personId}", body, "application/zip"));
        }
        yield return ("0502 as 0506", administrator, Binary("/api/v1/retention/import-confirmations", utf8.GetBytes(Evaluation("A")), "application/xml"));
        yield return ("0502 as 0401", caseworker, Binary($"/api/v1/xdomea/imports?personId={personId}", Zip(($"{process}_Aussonderung.Bewertungsverzeichnis.0502.xml", utf8.GetBytes(Evaluation("A")))), "application/zip"));
        yield return ("0401 without person", caseworker, Binary("/api/v1/xdomea/imports", Zip(("a.txt", "x"u8.ToArray())), "application/zip"));
        yield return ("0401 unknown person", caseworker, Binary($"/api/v1/xdomea/imports?personId={Guid.NewGuid()}", Zip(("a.txt", "x"u8.ToArray())), "application/zip"));
        yield return ("export unknown person", caseworker, new HttpRequestMessage(HttpMethod.Get, $"/api/v1/persons/{Guid.NewGuid()}/file/xdomea"));
        yield return ("export person without file", caseworker, new HttpRequestMessage(HttpMethod.Get, $"/api/v1/persons/{personId}/file/xdomea"));
        yield return ("export caseId not a guid", caseworker, new HttpRequestMessage(HttpMethod.Get, $"/api/v1/persons/{personId}/file/xdomea?caseId=abc"));
        yield return ("outbox traversal", administrator, new HttpRequestMessage(HttpMethod.Get, "/api/v1/retention/outbox/..%2F..%2Fetc%2Fpasswd"));
        yield return ("due date not a date", administrator, new HttpRequestMessage(HttpMethod.Get, "/api/v1/retention/due?asOf=gestern"));
    }

    /// <summary>Both tests of the fixture need the office; the second finds it established.</summary>
    private async Task EstablishOfficeOnceAsync()
    {
        try
        {
            await CaseDriver.EstablishOfficeAsync(Api.Services);
        }
        catch (Migrationsverwaltung.EventStore.ConcurrencyException)
        {
        }
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }
        return buffer.ToArray();
    }

    private static HttpRequestMessage Binary(string path, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
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
