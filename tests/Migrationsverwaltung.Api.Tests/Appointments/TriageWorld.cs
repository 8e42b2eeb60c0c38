using System.Net;
using System.Text.Json.Nodes;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Api.Tests.Appointments;

/// <summary>An appointment world with emergency capacity: lodging requests with status tokens, running triage, reading the answers.</summary>
internal sealed class TriageWorld(ApiFactory api)
{
    public AppointmentWorld World { get; } = new(api);

    public static DateOnly Today => BerlinTime.DateOf(DateTimeOffset.UtcNow);

    public Task SetUpAsync() => World.SetUpAsync();

    /// <summary>Opens the day's emergency slots with one seat each and blocks all but the first <paramref name="seats"/>: the day's quota.</summary>
    public async Task<List<Guid>> OpenEmergencySeatsAsync(DateOnly day, int seats)
    {
        await World.OpenAsync(day, day, seats: 1, service: "Emergency");
        var slots = (await World.SlotsAsync(day, "emergency")).Select(s => Guid.Parse((string)s!["slotId"]!)).ToList();
        Assert.That(slots, Has.Count.GreaterThan(seats), "enough slots to leave some blocked");
        foreach (var slot in slots.Skip(seats))
        {
            using var blocked = await World.Caseworker.CommandAsync($"/api/v1/appointment-slots/{slot}/blocking", new { blocked = true });
            Assert.That(blocked.StatusCode, Is.EqualTo(HttpStatusCode.OK), await blocked.Content.ReadAsStringAsync());
        }
        return slots.Take(seats).ToList();
    }

    public Task<HttpResponseMessage> LodgeRawAsync(object body) => World.Anonymous.CommandAsync("/api/v1/public/emergency-requests", body);

    public async Task<JsonObject> LodgeAsync(string token, string reason, DateOnly? deadline)
    {
        using var lodged = await LodgeRawAsync(new { statusToken = token, reason, deadline });
        Assert.That(lodged.StatusCode, Is.EqualTo(HttpStatusCode.Created), await lodged.Content.ReadAsStringAsync());
        return await lodged.JsonAsync();
    }

    public async Task<JsonArray> LookupAsync(string token)
    {
        using var response = await World.Anonymous.CommandAsync("/api/v1/public/emergency-requests/lookup", new { statusToken = token });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    public async Task<JsonObject> RunAsync(DateOnly day, HttpClient? client = null)
    {
        using var response = await (client ?? World.Caseworker).CommandAsync("/api/v1/emergency-triage", new { day });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public async Task<JsonArray> QueueAsync(string status)
    {
        using var response = await World.Caseworker.GetAsync($"/api/v1/emergency-requests?status={status}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }
}
