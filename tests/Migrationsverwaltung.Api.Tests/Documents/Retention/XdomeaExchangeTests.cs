using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Testing;

namespace Migrationsverwaltung.Api.Tests.Documents.Retention;

/// <summary>
/// xdomea 0401 through the API: the export validates by the official schemas and carries the history protocol; a
/// package imported into a fresh database gives the same documents with the same bytes, hashes and metadata.
/// </summary>
public sealed class XdomeaExchangeTests : RetentionHost
{
    private static readonly XNamespace X = "urn:xoev-de:xdomea:schema:3.0.0";

    [Test]
    public async Task The_export_is_a_valid_0401_with_the_documents_and_the_history_protocol()
    {
        var personId = await RestrictedPersonWithFileAsync("Export");

        using var response = await Caseworker.GetAsync($"/api/v1/persons/{personId}/file/xdomea");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/zip"));
        var name = response.Content.Headers.ContentDisposition!.FileName!.Trim('"');
        Assert.That(name, Does.Match("^[0-9a-f-]{36}_Abgabe\\.Abgabe\\.0401\\.zip$"));
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var xml = zip.Entries.Single(e => e.Name.EndsWith(".xml", StringComparison.Ordinal));
        Assert.That(name, Does.StartWith(xml.Name[..36]));
        XDocument message;
        using (var stream = xml.Open())
        {
            message = XDocument.Load(stream);
        }
        XdomeaSchemas.AssertValid(message);
        Assert.That(zip.Entries, Has.Count.EqualTo(3), "the message and both documents' bytes");
        var protocol = message.Descendants(X + "HistorienProtokollInformation").ToList();
        Assert.That(protocol.Select(p => p.Element(X + "Aktion")!.Value), Does.Contain("Dokument hinzugefügt").And.Contain("Wegzug erfasst").And.Contain("Person erfasst"));
        Assert.That(protocol.Select(p => p.Element(X + "Akteur")!.Value), Does.Contain("sb-1"));
        Assert.That(await CountAsync("SELECT count(*) FROM app.access_log WHERE use_case = 'ExportFile' AND $1 = ANY(subject_ids)", personId), Is.EqualTo(1));
    }

    [Test]
    public async Task A_case_export_holds_only_that_case_and_an_unknown_case_is_404()
    {
        var personId = await RestrictedPersonWithFileAsync("Fallexport");

        using var unknown = await Caseworker.GetAsync($"/api/v1/persons/{personId}/file/xdomea?caseId={Guid.NewGuid()}");

        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Export_then_import_into_a_fresh_database_gives_the_same_documents_hashes_and_metadata()
    {
        var personId = await RestrictedPersonWithFileAsync("Rundreise");
        var original = await FileAsync(personId);
        using var export = await Caseworker.GetAsync($"/api/v1/persons/{personId}/file/xdomea");
        var package = await export.Content.ReadAsByteArrayAsync();

        var fresh = await TestCluster.CreateDatabaseAsync("XdomeaRoundTripTarget");
        try
        {
            await using var target = ApiFactory.WithDatabase(fresh);
            (await target.WaitUntilReadyAsync()).Dispose();
            await CaseDriver.EstablishOfficeAsync(target.Services);
            var caseworker = await target.ClientAsAsync("sb-7", "Sachbearbeitung", Team);
            using var registered = await caseworker.CommandAsync("/api/v1/persons", new
            {
                officeId = CaseDriver.Office, familyName = "Rundreise", givenNames = "Rami", birthDate = "1990-05-01", birthPlace = "Aleppo",
                sex = "Male", nationality = "SYR", address = new { street = "Königstraße", houseNumber = "2", postalCode = "40212", city = "Düsseldorf", country = "DEU" },
            });
            var newPersonId = (await registered.JsonAsync())["streamId"]!.GetValue<Guid>();

            using var imported = await caseworker.PostAsync($"/api/v1/xdomea/imports?personId={newPersonId}", Zip(package));

            Assert.That(imported.StatusCode, Is.EqualTo(HttpStatusCode.Created), await imported.Content.ReadAsStringAsync());
            using var view = await caseworker.GetAsync($"/api/v1/persons/{newPersonId}/file");
            var copy = await view.JsonAsync();
            Assert.That(copy["importedFrom"]!.GetValue<string>(), Is.EqualTo("Ausländerbehörde"));
            Assert.That(Documents(copy), Is.EqualTo(Documents(original)), "same ids, types, titles, dates, confidentiality, versions, hashes, sizes, media types, file names");
            Assert.That(copy["documents"]!.AsArray().Select(d => d!["channel"]!.GetValue<string>()), Is.All.EqualTo("Transfer"));
            foreach (var document in copy["documents"]!.AsArray())
            {
                using var bytes = await caseworker.GetAsync($"/api/v1/persons/{newPersonId}/file/documents/{document!["documentId"]}/content");
                Assert.That(Sha256(await bytes.Content.ReadAsByteArrayAsync()), Is.EqualTo(document["versions"]!.AsArray()[^1]!["sha256"]!.GetValue<string>()));
            }

            using var twice = await caseworker.PostAsync($"/api/v1/xdomea/imports?personId={newPersonId}", Zip(package));
            Assert.That(twice.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "the file exists already");
        }
        finally
        {
            await TestCluster.DropDatabaseAsync(fresh);
        }
    }

    [Test]
    public async Task An_import_for_another_person_is_refused_and_leaves_nothing()
    {
        var personId = await RestrictedPersonWithFileAsync("Richtig");
        using var export = await Caseworker.GetAsync($"/api/v1/persons/{personId}/file/xdomea");
        var package = await export.Content.ReadAsByteArrayAsync();
        var other = await RegisterPersonAsync("Falsch");

        using var imported = await Caseworker.PostAsync($"/api/v1/xdomea/imports?personId={other}", Zip(package));

        Assert.That(imported.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await imported.Content.ReadAsStringAsync());
        Assert.That(await EventsOfFileAsync(other), Is.Zero);
        Assert.That(await StoredContentsAsync(other), Is.Zero);
        Assert.That(await StagedChunksAsync(), Is.Zero, "staged bytes are dropped");
    }

    private static ByteArrayContent Zip(byte[] package)
    {
        var content = new ByteArrayContent(package);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return content;
    }

    private static string[] Documents(JsonObject file) =>
    [
        .. file["documents"]!.AsArray().Select(d => string.Join("|",
            d!["documentId"], d["documentType"], d["title"], d["receivedOn"], d["confidentiality"],
            string.Join(";", d["versions"]!.AsArray().Select(v => $"{v!["number"]},{v["sha256"]},{v["size"]},{v["mediaType"]},{v["fileName"]}")))).Order(),
    ];
}
