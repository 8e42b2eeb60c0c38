using System.Net;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Testing;

namespace Migrationsverwaltung.Api.Tests.Documents.FileApi;

public sealed class UploadAndDownloadTests : FileApiHost
{
    [Test]
    public async Task An_upload_comes_back_byte_for_byte_with_its_hash_type_and_name()
    {
        var personId = await RegisterPersonAsync();
        var bytes = TestViruses.Pdf(padding: 700_000);

        using var uploaded = await UploadAsync(personId, bytes, fileName: "Reisepass Haddad.pdf");
        Assert.That(uploaded.StatusCode, Is.EqualTo(HttpStatusCode.Created), await uploaded.Content.ReadAsStringAsync());
        var answer = await uploaded.JsonAsync();
        Assert.That(answer["sha256"]!.GetValue<string>(), Is.EqualTo(Sha256(bytes)));
        Assert.That(answer["scan"]!.GetValue<string>(), Is.EqualTo("Clean"), "clamd is configured: the bytes were scanned");
        var documentId = answer["documentId"]!.GetValue<Guid>();

        using var download = await Caseworker.GetAsync($"/api/v1/persons/{personId}/file/documents/{documentId}/content");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var downloaded = await download.Content.ReadAsByteArrayAsync();
        Assert.That(Sha256(downloaded), Is.EqualTo(Sha256(bytes)));
        Assert.That(downloaded, Is.EqualTo(bytes));
        Assert.That(download.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(download.Content.Headers.ContentDisposition!.DispositionType, Is.EqualTo("attachment"));
        Assert.That(download.Content.Headers.ContentDisposition.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName?.Trim('"'), Is.EqualTo("Reisepass Haddad.pdf"));

        var file = await FileAsync(personId);
        var document = file["documents"]!.AsArray().Single()!;
        Assert.That(document["documentType"]!.GetValue<string>(), Is.EqualTo("PASS"));
        Assert.That(document["versions"]!.AsArray().Single()!["sha256"]!.GetValue<string>(), Is.EqualTo(Sha256(bytes)));
    }

    [Test]
    public async Task The_same_bytes_twice_are_one_document_stored_once_and_serve_both_cases()
    {
        var personId = await RegisterPersonAsync();
        var bytes = Png(50_000);
        var (caseA, caseB) = (Guid.NewGuid(), Guid.NewGuid());

        using var first = await UploadAsync(personId, bytes, "image/png", "foto.png", Passport(Today, null, caseA) );
        using var second = await UploadAsync(personId, bytes, "image/png", "foto-kopie.png", Passport(Today, null, caseB));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK), await second.Content.ReadAsStringAsync());
        var firstId = (await first.JsonAsync())["documentId"]!.GetValue<Guid>();
        Assert.That((await second.JsonAsync())["duplicateOf"]!.GetValue<Guid>(), Is.EqualTo(firstId));
        var document = (await FileAsync(personId))["documents"]!.AsArray().Single()!;
        Assert.That(document["caseIds"]!.AsArray().Select(c => c!.GetValue<Guid>()), Is.EquivalentTo(new[] { caseA, caseB }));
        Assert.That(await StoredContentsAsync(personId), Is.EqualTo(1));
        Assert.That(await StagedChunksAsync(), Is.Zero, "the duplicate's staging is dropped");
    }

    [Test]
    public async Task Concurrent_uploads_of_the_same_bytes_make_one_document()
    {
        var personId = await RegisterPersonAsync();
        var bytes = TestViruses.Pdf(padding: 300_000);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => UploadAsync(personId, bytes)));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.That(responses.Select(r => r.StatusCode), Is.All.AnyOf(HttpStatusCode.Created, HttpStatusCode.OK), string.Join("\n", bodies));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.JsonAsync())["documentId"]!.GetValue<Guid>()));
        Assert.That(ids.Distinct().Count(), Is.EqualTo(1), "every upload names the one document");
        Assert.That((await FileAsync(personId))["documents"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(await StoredContentsAsync(personId), Is.EqualTo(1));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task A_new_version_keeps_the_old_one_readable()
    {
        var personId = await RegisterPersonAsync();
        var (v1, v2) = (TestViruses.Pdf(padding: 1000), TestViruses.Pdf(padding: 2000));
        using var uploaded = await UploadAsync(personId, v1);
        var documentId = (await uploaded.JsonAsync())["documentId"]!.GetValue<Guid>();

        using var version = await Caseworker.PostAsync($"/api/v1/persons/{personId}/file/documents/{documentId}/versions",
            Multipart(new { }, new ByteArrayContent(v2), "application/pdf", "pass-neu.pdf"));
        Assert.That(version.StatusCode, Is.EqualTo(HttpStatusCode.OK), await version.Content.ReadAsStringAsync());

        using var current = await Caseworker.GetAsync($"/api/v1/persons/{personId}/file/documents/{documentId}/content");
        using var first = await Caseworker.GetAsync($"/api/v1/persons/{personId}/file/documents/{documentId}/content?version=1");
        Assert.That(await current.Content.ReadAsByteArrayAsync(), Is.EqualTo(v2));
        Assert.That(await first.Content.ReadAsByteArrayAsync(), Is.EqualTo(v1));
        using var none = await Caseworker.GetAsync($"/api/v1/persons/{personId}/file/documents/{documentId}/content?version=3");
        Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Every_download_is_in_the_access_log_and_auditors_may_read_but_not_upload()
    {
        var personId = await RegisterPersonAsync();
        using var uploaded = await UploadAsync(personId, Png(1000), "image/png", "x.png");
        var documentId = (await uploaded.JsonAsync())["documentId"]!.GetValue<Guid>();
        var auditor = await Api.ClientAsAsync("rev-1", "Revision");

        using var download = await auditor.GetAsync($"/api/v1/persons/{personId}/file/documents/{documentId}/content");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CountAsync("SELECT count(*) FROM app.access_log WHERE $1 = ANY(subject_ids) AND user_id = 'rev-1' AND use_case = 'DownloadDocument'", personId), Is.EqualTo(1));

        using var refused = await UploadAsync(personId, Png(1001), "image/png", "y.png", client: auditor);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
