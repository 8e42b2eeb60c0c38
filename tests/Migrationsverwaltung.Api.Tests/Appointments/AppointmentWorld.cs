using System.Net;
using System.Text.Json.Nodes;
using Migrationsverwaltung.Api.Cases.Intake;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Api.Tests.Appointments;

/// <summary>An office with a location and open biometrics slots, and registered cases with their status tokens.</summary>
internal sealed class AppointmentWorld(ApiFactory api)
{
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Caseworker { get; private set; } = null!;
    public HttpClient Anonymous { get; private set; } = null!;
    public Guid LocationId { get; private set; }

    /// <summary>The first working day at least a week ahead: always in the future, never a holiday.</summary>
    public static DateOnly Day { get; } = WorkingDays.OnOrAfter(BerlinTime.DateOf(DateTimeOffset.UtcNow).AddDays(7));

    /// <summary>The n-th working day after <see cref="Day"/>: each test books on a day of its own.</summary>
    public static DateOnly WorkingDay(int n) => WorkingDays.Add(Day, n);

    public async Task SetUpAsync()
    {
        (await api.WaitUntilReadyAsync()).Dispose();
        await CaseDriver.EstablishOfficeAsync(api.Services);
        Admin = await api.ClientAsAsync("admin-1", "Administration");
        Caseworker = await api.ClientAsAsync("sb-1", "Sachbearbeitung", CaseDriver.Team);
        Anonymous = api.CreateClient();
        using var created = await Admin.CommandAsync("/api/v1/appointment-locations", new { name = "Hauptstelle" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        LocationId = Guid.Parse((string)(await created.JsonAsync())["locationId"]!);
    }

    public async Task<JsonObject> OpenAsync(DateOnly from, DateOnly to, int seats, string service = "Biometrics")
    {
        using var opened = await Caseworker.CommandAsync($"/api/v1/appointment-locations/{LocationId}/capacity", new { service, from, to, seatsPerSlot = seats });
        Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.OK), await opened.Content.ReadAsStringAsync());
        return await opened.JsonAsync();
    }

    public async Task<JsonArray> SlotsAsync(DateOnly day, string service = "biometrics")
    {
        using var response = await Caseworker.GetAsync($"/api/v1/appointment-locations/{LocationId}/slots?service={service}&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    public async Task<(Guid CaseId, string Token)> RegisteredCaseAsync()
    {
        var d = new CaseDriver(api.Services, CaseDriver.Caseworker());
        await d.ReceiveAsync("AE_18B", BerlinTime.DateOf(DateTimeOffset.UtcNow));
        var registered = await d.SendAsync((id, v) => new RegisterCase.Command { CaseId = id, ExpectedVersion = v });
        return (d.CaseId, registered.Extra![CommandResultKeys.StatusToken]);
    }

    public Task<HttpResponseMessage> BookPubliclyAsync(string token, Guid slotId, HttpClient? client = null) =>
        (client ?? Anonymous).CommandAsync("/api/v1/public/appointments", new { statusToken = token, slotId });
}
