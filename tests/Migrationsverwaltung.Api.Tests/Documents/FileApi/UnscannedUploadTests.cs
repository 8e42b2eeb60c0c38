using System.Net;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Testing;

namespace Migrationsverwaltung.Api.Tests.Documents.FileApi;

/// <summary>Without Documents:Clamd the upload is accepted and the document is marked "not scanned", visibly.</summary>
public sealed class UnscannedUploadTests : FileApiHost
{
    protected override bool WithClamd => false;

    [Test]
    public async Task Without_clamd_a_document_is_marked_not_scanned()
    {
        var personId = await RegisterPersonAsync();

        using var uploaded = await UploadAsync(personId, TestViruses.Pdf(padding: 10));

        Assert.That(uploaded.StatusCode, Is.EqualTo(HttpStatusCode.Created), await uploaded.Content.ReadAsStringAsync());
        Assert.That((await uploaded.JsonAsync())["scan"]!.GetValue<string>(), Is.EqualTo("NotScanned"));
        var version = (await FileAsync(personId))["documents"]!.AsArray().Single()!["versions"]!.AsArray().Single()!;
        Assert.That(version["scan"]!.GetValue<string>(), Is.EqualTo("NotScanned"));
    }
}
