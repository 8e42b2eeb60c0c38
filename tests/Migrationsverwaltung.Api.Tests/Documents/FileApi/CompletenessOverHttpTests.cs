using System.Net;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Testing;

namespace Migrationsverwaltung.Api.Tests.Documents.FileApi;

/// <summary>Completeness of a case from the catalogue and the person's file, and the request for what is missing.</summary>
public sealed class CompletenessOverHttpTests : FileApiHost
{
    [Test]
    public async Task A_case_lists_present_missing_and_expired_documents_and_requests_the_rest()
    {
        var personId = await RegisterPersonAsync();
        using var created = await Caseworker.CommandAsync("/api/v1/cases", new
        {
            personId, officeId = CaseDriver.Office, teamId = Team, titleCode = "NE_9", kind = "FirstIssue", channel = "Counter", receivedOn = Today,
        }, idempotencyKey: $"case-{Guid.NewGuid()}");
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var caseUrl = created.Headers.Location!.ToString();
        var caseId = Guid.Parse(caseUrl.Split('/')[^1]);
        using var expired = await UploadAsync(personId, TestViruses.Pdf(padding: 10), metadata: Passport(Today.AddDays(-2), Today.AddDays(-1), caseId));
        using var photo = await UploadAsync(personId, Png(2000), "image/png", "bild.png", new { documentType = "LICHTBILD", receivedOn = Today, channel = "Counter" });
        Assert.That((expired.StatusCode, photo.StatusCode), Is.EqualTo((HttpStatusCode.Created, HttpStatusCode.Created)));

        using var completeness = await Caseworker.GetAsync($"/api/v1/cases/{caseId}/completeness");
        Assert.That(completeness.StatusCode, Is.EqualTo(HttpStatusCode.OK), await completeness.Content.ReadAsStringAsync());
        var documents = (await completeness.JsonAsync())["documents"]!.AsArray().ToDictionary(d => d!["documentCode"]!.GetValue<string>(), d => d!["state"]!.GetValue<string>());
        Assert.That(documents["PASS"], Is.EqualTo("Expired"));
        Assert.That(documents["LICHTBILD"], Is.EqualTo("Present"));
        Assert.That(documents.Values, Has.Some.EqualTo("Missing"));

        using var details = await Caseworker.GetAsync($"/api/v1/cases/{caseId}/details");
        Assert.That(details.StatusCode, Is.EqualTo(HttpStatusCode.OK), await details.Content.ReadAsStringAsync());
        var shown = (await details.JsonAsync())["documents"]!;
        Assert.That(shown["complete"]!.GetValue<bool>(), Is.False);
        Assert.That(shown["required"]!.AsArray().ToDictionary(d => d!["documentCode"]!.GetValue<string>(), d => d!["state"]!.GetValue<string>()), Is.EqualTo(documents),
            "the case details show the same completeness");
        Assert.That(shown["linked"]!.AsArray().Select(d => d!["documentType"]!.GetValue<string>()), Is.EqualTo(new[] { "PASS" }), "only the passport is linked to this case");

        var version = created.ETag();
        foreach (var step in new[] { "registration", "completeness-check" })
        {
            using var stepped = await Caseworker.CommandAsync($"{caseUrl}/{step}", null, version);
            Assert.That(stepped.StatusCode, Is.EqualTo(HttpStatusCode.OK), await stepped.Content.ReadAsStringAsync());
            version = stepped.ETag();
        }
        using var request = await Caseworker.CommandAsync($"{caseUrl}/missing-document-requests", new { deadline = Today.AddDays(21) }, version);
        Assert.That(request.StatusCode, Is.EqualTo(HttpStatusCode.OK), await request.Content.ReadAsStringAsync());
        var extra = (await request.JsonAsync())["extra"]!;
        var requested = extra["items"]!.GetValue<string>().Split(',');
        Assert.That(requested, Does.Contain("PASS").And.Not.Contain("LICHTBILD"));
        Assert.That(requested, Is.EquivalentTo(documents.Where(d => d.Value != "Present").Select(d => d.Key)));
        Assert.That(extra["letter"]!.GetValue<string>(), Does.Contain("abgelaufen am").And.Contain("Bitte reichen Sie"));
        using var state = await Caseworker.GetAsync(caseUrl);
        Assert.That((await state.JsonAsync())["state"]!["status"]!.GetValue<string>(), Is.EqualTo("DocumentsRequested"));
    }
}
