using System.Text.Json.Nodes;
using Migrationsverwaltung.Api.Tests.Http;

namespace Migrationsverwaltung.Api.Tests.Appointments;

/// <summary>Broken requests to the appointment endpoints for the bad-input corpus (sent as a caseworker; public ones are rate-limited, so only a few).</summary>
internal static class AppointmentBadInput
{
    private static readonly string Huge = new('x', 100_000);

    public static IEnumerable<(string, HttpRequestMessage)> Corpus(string caseUrl)
    {
        var slot = Guid.NewGuid();
        var location = Guid.NewGuid();
        var booking = Guid.NewGuid();
        var targets = new (string Path, JsonObject Valid)[]
        {
            ($"/api/v1/appointment-locations/{location}/capacity", new JsonObject { ["service"] = "Biometrics", ["from"] = "2030-01-07", ["to"] = "2030-01-08", ["seatsPerSlot"] = 2 }),
            ($"/api/v1/appointment-slots/{slot}/blocking", new JsonObject { ["blocked"] = true }),
            ($"/api/v1/appointment-slots/{slot}/capacity-moves", new JsonObject { ["toSlotId"] = Guid.NewGuid(), ["seats"] = 1 }),
            ($"{caseUrl}/appointments", new JsonObject { ["slotId"] = slot }),
            ($"/api/v1/appointments/{booking}/rescheduling", new JsonObject { ["slotId"] = slot }),
        };
        foreach (var (path, valid) in targets)
        {
            var label = path.Replace(caseUrl, "{case}", StringComparison.Ordinal);
            yield return ($"{label} malformed JSON", Raw(path, "{\"a\": "));
            yield return ($"{label} JSON array", Raw(path, "[1]"));
            yield return ($"{label} text/plain", Raw(path, valid.ToJsonString(), "text/plain"));
            yield return ($"{label} unknown field", Raw(path, With(valid, "unknownField", 1)));
            foreach (var field in valid.Select(f => f.Key).ToList())
            {
                yield return ($"{label} missing {field}", Raw(path, Without(valid, field)));
                yield return ($"{label} {field} null", Raw(path, With(valid, field, null)));
                yield return ($"{label} {field} wrong type", Raw(path, With(valid, field, new JsonObject { ["x"] = 1 })));
                yield return ($"{label} {field} huge string", Raw(path, With(valid, field, Huge)));
            }
        }
        yield return ("capacity: range backwards", Raw(targets[0].Path, With(targets[0].Valid, "to", "2030-01-01")));
        yield return ("capacity: range of a year", Raw(targets[0].Path, With(targets[0].Valid, "to", "2031-01-01")));
        yield return ("capacity: zero seats", Raw(targets[0].Path, With(targets[0].Valid, "seatsPerSlot", 0)));
        yield return ("capacity: service as number", Raw(targets[0].Path, With(targets[0].Valid, "service", 1)));
        yield return ("capacity: unknown location", Raw(targets[0].Path, targets[0].Valid.ToJsonString()));
        yield return ("move to itself", Raw(targets[2].Path, With(targets[2].Valid, "toSlotId", slot.ToString())));
        yield return ("move negative seats", Raw(targets[2].Path, With(targets[2].Valid, "seats", -3)));
        yield return ("book unknown slot", Raw(targets[3].Path, targets[3].Valid.ToJsonString()));
        yield return ("book for unknown case", Raw($"/api/v1/cases/{Guid.NewGuid()}/appointments", targets[3].Valid.ToJsonString()));
        yield return ("cancel unknown booking", Raw($"/api/v1/appointments/{booking}/cancellation", "{}"));
        yield return ("cancel with smuggled id", Raw($"/api/v1/appointments/{booking}/cancellation", $"{{\"bookingId\":\"{Guid.NewGuid()}\"}}"));
        yield return ("slots: no query", Get($"/api/v1/appointment-locations/{location}/slots"));
        yield return ("slots: unknown service", Get($"/api/v1/appointment-locations/{location}/slots?service=massage&from=2030-01-07&to=2030-01-08"));
        yield return ("slots: impossible date", Get($"/api/v1/appointment-locations/{location}/slots?service=biometrics&from=2030-02-30&to=2030-03-01"));
        yield return ("slots: SQL in service", Get($"/api/v1/appointment-locations/{location}/slots?service=%27%3B%20DROP%20TABLE%20app.appointment_slots%3B--&from=2030-01-07&to=2030-01-08"));
        yield return ("public slots: range too long", Get("/api/v1/public/appointment-slots?service=biometrics&from=2030-01-01&to=2030-12-31"));
        yield return ("public slots: no dates", Get("/api/v1/public/appointment-slots?service=biometrics"));
        yield return ("public booking: malformed JSON", Raw("/api/v1/public/appointments", "{\"statusToken\": "));
        yield return ("public booking: missing token", Raw("/api/v1/public/appointments", $"{{\"slotId\":\"{slot}\"}}"));
        yield return ("public booking: huge token", Raw("/api/v1/public/appointments", new JsonObject { ["statusToken"] = Huge, ["slotId"] = slot }.ToJsonString()));
        yield return ("public booking: unknown token", Raw("/api/v1/public/appointments", new JsonObject { ["statusToken"] = "ABCD-EFGH-JKMN-P", ["slotId"] = slot }.ToJsonString()));
        yield return ("triage: day in the past", Raw("/api/v1/emergency-triage", "{\"day\":\"2020-01-01\"}"));
        yield return ("triage: day not a date", Raw("/api/v1/emergency-triage", "{\"day\":\"tomorrow\"}"));
        yield return ("triage: unknown field", Raw("/api/v1/emergency-triage", "{\"quota\":5}"));
        yield return ("emergency requests: unknown status", Get("/api/v1/emergency-requests?status=all"));
        yield return ("public emergency request: no reason", Raw("/api/v1/public/emergency-requests", "{\"statusToken\":\"ABCD-EFGH-JKMN-P\"}"));
        yield return ("public cancel: invalid GUID", Raw("/api/v1/public/appointments/not-a-guid/cancellation", "{\"statusToken\":\"x\"}"));
    }

    private static HttpRequestMessage Raw(string path, string body, string contentType = "application/json") =>
        HttpClientExtensions.Request(path, body, contentType: contentType);

    private static HttpRequestMessage Raw(string path, JsonObject body) => Raw(path, body.ToJsonString());

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

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
}
