using System.Net;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Testing;

namespace Migrationsverwaltung.Api.Tests.Documents.FileApi;

/// <summary>Partners read exactly the shared documents, only with consent, only until the share ends, and not after a revocation.</summary>
public sealed class SharingWithPartnersTests : FileApiHost
{
    private const string Jobcenter = "Jobcenter Krefeld";

    private async Task<(Guid PersonId, Guid Shared, Guid NotShared, long Version)> FileWithTwoDocumentsAsync()
    {
        var personId = await RegisterPersonAsync();
        using var a = await UploadAsync(personId, TestViruses.Pdf(padding: 100), fileName: "vertrag.pdf",
            metadata: new { documentType = "ARBEITSVERTRAG", title = "Arbeitsvertrag", receivedOn = Today, channel = "Post" });
        using var b = await UploadAsync(personId, Png(3000), "image/png", "foto.png",
            new { documentType = "LICHTBILD", receivedOn = Today, channel = "Counter" });
        return (personId, (await a.JsonAsync())["documentId"]!.GetValue<Guid>(), (await b.JsonAsync())["documentId"]!.GetValue<Guid>(), b.ETag());
    }

    private async Task<(string Token, Guid ShareId, long Version)> ShareAsync(Guid personId, Guid documentId, long version, DateOnly until)
    {
        using var consent = await Caseworker.CommandAsync($"/api/v1/persons/{personId}/file/sharing-consents", new { partner = Jobcenter, purpose = "Leistungsantrag SGB II", until = Today.AddMonths(6) }, version);
        Assert.That(consent.StatusCode, Is.EqualTo(HttpStatusCode.OK), await consent.Content.ReadAsStringAsync());
        using var share = await Caseworker.CommandAsync($"/api/v1/persons/{personId}/file/shares", new { partner = Jobcenter, documentIds = new[] { documentId }, until }, consent.ETag());
        Assert.That(share.StatusCode, Is.EqualTo(HttpStatusCode.OK), await share.Content.ReadAsStringAsync());
        var extra = (await share.JsonAsync())["extra"]!;
        return (extra["shareToken"]!.GetValue<string>(), extra["shareId"]!.GetValue<Guid>(), share.ETag());
    }

    private async Task<HttpClient> PartnerAsync(string token)
    {
        var partner = await Api.ClientAsAsync("jobcenter-1", "Partner");
        partner.DefaultRequestHeaders.Add("X-Share-Token", token);
        return partner;
    }

    [Test]
    public async Task Without_the_applicants_consent_nothing_is_shared()
    {
        var (personId, shared, _, version) = await FileWithTwoDocumentsAsync();
        using var share = await Caseworker.CommandAsync($"/api/v1/persons/{personId}/file/shares", new { partner = Jobcenter, documentIds = new[] { shared }, until = Today }, version);
        Assert.That(share.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await share.Content.ReadAsStringAsync(), Does.Contain("keine gültige Einwilligung"));
    }

    [Test]
    public async Task The_partner_sees_and_reads_only_the_shared_documents_and_every_access_is_logged()
    {
        var (personId, shared, notShared, version) = await FileWithTwoDocumentsAsync();
        var (token, _, _) = await ShareAsync(personId, shared, version, Today.AddDays(30));
        var partner = await PartnerAsync(token);

        using var list = await partner.GetAsync("/api/v1/partner/shared-documents");
        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK), await list.Content.ReadAsStringAsync());
        Assert.That((await list.JsonAsync())["documents"]!.AsArray().Select(d => d!["documentId"]!.GetValue<Guid>()), Is.EqualTo(new[] { shared }));
        using var read = await partner.GetAsync($"/api/v1/partner/shared-documents/{shared}/content");
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await read.Content.ReadAsByteArrayAsync(), Is.EqualTo(TestViruses.Pdf(padding: 100)));
        using var other = await partner.GetAsync($"/api/v1/partner/shared-documents/{notShared}/content");
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        using var file = await partner.GetAsync($"/api/v1/persons/{personId}/file");
        Assert.That(file.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a partner never sees the file itself");

        Assert.That(await CountAsync("SELECT count(*) FROM app.access_log WHERE $1 = ANY(subject_ids) AND user_id = 'jobcenter-1'", personId), Is.EqualTo(2));
    }

    [Test]
    public async Task A_revocation_takes_effect_at_once()
    {
        var (personId, shared, _, version) = await FileWithTwoDocumentsAsync();
        var (token, shareId, afterShare) = await ShareAsync(personId, shared, version, Today.AddDays(30));
        var partner = await PartnerAsync(token);
        using (var before = await partner.GetAsync($"/api/v1/partner/shared-documents/{shared}/content"))
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var revoked = await Caseworker.CommandAsync($"/api/v1/persons/{personId}/file/share-revocations", new { shareId }, afterShare);
        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.OK), await revoked.Content.ReadAsStringAsync());

        using var after = await partner.GetAsync($"/api/v1/partner/shared-documents/{shared}/content");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await after.Content.ReadAsStringAsync(), Does.Contain("widerrufen"));
    }

    [Test]
    public async Task Withdrawing_the_consent_ends_the_share_at_once()
    {
        var (personId, shared, _, version) = await FileWithTwoDocumentsAsync();
        var (token, _, afterShare) = await ShareAsync(personId, shared, version, Today.AddDays(30));

        using var withdrawn = await Caseworker.CommandAsync($"/api/v1/persons/{personId}/file/sharing-consent-withdrawals", new { partner = Jobcenter }, afterShare);
        Assert.That(withdrawn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await withdrawn.Content.ReadAsStringAsync());

        using var list = await (await PartnerAsync(token)).GetAsync("/api/v1/partner/shared-documents");
        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_share_ends_after_its_last_day()
    {
        var (personId, shared, _, version) = await FileWithTwoDocumentsAsync();
        var (token, _, _) = await ShareAsync(personId, shared, version, Today);
        var partner = await PartnerAsync(token);
        using (var lastDay = await partner.GetAsync("/api/v1/partner/shared-documents"))
        {
            Assert.That(lastDay.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        Clock.Advance(TimeSpan.FromDays(1));
        try
        {
            using var nextDay = await partner.GetAsync("/api/v1/partner/shared-documents");
            Assert.That(nextDay.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
        finally
        {
            Clock.Advance(TimeSpan.FromDays(-1));
        }
    }

    [TestCase("")]
    [TestCase("0123456789ABCDEFGHJKMNPQRSTVWXYZ")]
    [TestCase("not a token at all")]
    public async Task Unknown_tokens_and_other_roles_are_refused(string token)
    {
        using var response = await (await PartnerAsync(token)).GetAsync("/api/v1/partner/shared-documents");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("unbekannt, abgelaufen oder widerrufen"));
        using var caseworker = await Caseworker.GetAsync("/api/v1/partner/shared-documents");
        Assert.That(caseworker.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
