using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Migrationsverwaltung.Api.Tests.Documents.FileApi;
using Migrationsverwaltung.Api.Tests.Http;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Documents.Retention;

/// <summary>
/// The API without clamd, with an outbox of its own and the movable clock; helpers for a person whose record became
/// restricted, for runs and imports as the archive administrator, and for the archive's answers (0502, 0506).
/// </summary>
public abstract class RetentionHost : FileApiHost
{
    protected string Outbox { get; } = Path.Combine(Path.GetTempPath(), $"mvw-outbox-{Guid.NewGuid():N}");
    protected HttpClient Administrator { get; private set; } = null!;

    protected override bool WithClamd => false;

    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["Retention:OutboxDirectory"] = Outbox;
        settings["Retention:AnswerPeriodDays"] = "180";
    }

    [OneTimeSetUp]
    public async Task LogInAdministrator() => Administrator = await Api.ClientAsAsync("admin-1", "Administration");

    [OneTimeTearDown]
    public void RemoveOutbox()
    {
        if (Directory.Exists(Outbox))
        {
            Directory.Delete(Outbox, recursive: true);
        }
    }

    /// <summary>A person with two documents (one in two versions) who then moves away: the file closes today.</summary>
    protected async Task<Guid> RestrictedPersonWithFileAsync(string familyName = "Haddad")
    {
        var personId = await RegisterPersonAsync(familyName);
        using (var upload = await UploadAsync(personId, Png(3000), "image/png", "foto.png", Passport(Today.AddDays(-2))))
        {
            Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Created), await upload.Content.ReadAsStringAsync());
        }
        using (var pdf = await UploadAsync(personId, Pdf("Arbeitsvertrag"), "application/pdf", "vertrag.pdf", new
        {
            documentType = "ARBEITSVERTRAG", title = "Arbeitsvertrag", receivedOn = Today.AddDays(-1), channel = "Post", confidentiality = "Confidential", caseIds = Array.Empty<Guid>(),
        }))
        {
            Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.Created), await pdf.Content.ReadAsStringAsync());
        }
        await MoveAwayAsync(personId);
        return personId;
    }

    protected async Task MoveAwayAsync(Guid personId)
    {
        var person = await Caseworker.GetAsync($"/api/v1/persons/{personId}");
        using var moved = await Caseworker.CommandAsync($"/api/v1/persons/{personId}/move-away", new { newOfficeCode = "05111000" }, person.ETag());
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());
    }

    /// <summary>Past the end of the retention period (10 years, to the end of the year).</summary>
    protected void PassRetentionPeriod() => Clock.Advance(TimeSpan.FromDays(11 * 366));

    protected async Task<JsonObject> RunAsync(bool dryRun = false)
    {
        using var response = await Administrator.PostAsync($"/api/v1/retention/runs?dryRun={(dryRun ? "true" : "false")}", null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    protected static IEnumerable<JsonObject> StepsOf(JsonObject report, Guid personId) =>
        report["steps"]!.AsArray().Select(s => s!.AsObject()).Where(s => s["personId"]!.GetValue<Guid>() == personId);

    protected static string Outcome(JsonObject report, Guid personId, string action) =>
        StepsOf(report, personId).LastOrDefault(s => s["action"]!.GetValue<string>() == action)?["outcome"]?.GetValue<string>() ?? "none";

    protected async Task<JsonObject> DueFileAsync(Guid personId)
    {
        using var response = await Administrator.GetAsync($"/api/v1/retention/due?asOf={Today:yyyy-MM-dd}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var all = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        return all.Select(f => f!.AsObject()).Single(f => f["personId"]!.GetValue<Guid>() == personId);
    }

    protected async Task<JsonObject> ImportAsync(string path, string xml)
    {
        using var response = await Administrator.PostAsync(path, new StringContent(xml, Encoding.UTF8, "application/xml"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    /// <summary>The archive's evaluation: A (archive) or V (destroy) per file id.</summary>
    protected static string Evaluation(string processId, params (Guid FileId, string Code)[] files) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <xdomea:Aussonderung.Bewertungsverzeichnis.0502 xmlns:xdomea="urn:xoev-de:xdomea:schema:3.0.0">
          {Head(processId, "0502", "Aussonderung.Bewertungsverzeichnis")}
          {string.Concat(files.Select(f => $"""
            <xdomea:BewertetesObjekt><xdomea:ID>{f.FileId}</xdomea:ID><xdomea:Aussonderungsart>
              <xdomea:Aussonderungsart listURI="urn:xoev-de:xdomea:codeliste:aussonderungsart" listVersionID="1.0"><code>{f.Code}</code></xdomea:Aussonderungsart>
            </xdomea:Aussonderungsart></xdomea:BewertetesObjekt>
            """))}
        </xdomea:Aussonderung.Bewertungsverzeichnis.0502>
        """;

    /// <summary>The archive's import confirmation: per file whether it was taken.</summary>
    protected static string ImportConfirmation(string processId, params (Guid FileId, bool Taken)[] files) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <xdomea:Aussonderung.AussonderungImportBestaetigen.0506 xmlns:xdomea="urn:xoev-de:xdomea:schema:3.0.0">
          {Head(processId, "0506", "Aussonderung.AussonderungImportBestaetigen", receipt: false)}
          {string.Concat(files.Select(f => f.Taken
              ? $"<xdomea:AusgesondertesSGO><xdomea:IDSGO>{f.FileId}</xdomea:IDSGO><xdomea:Erfolgreich>1</xdomea:Erfolgreich><xdomea:Archivkennung>StA Best. 412 Nr. 1</xdomea:Archivkennung></xdomea:AusgesondertesSGO>"
              : $"<xdomea:AusgesondertesSGO><xdomea:IDSGO>{f.FileId}</xdomea:IDSGO><xdomea:Erfolgreich>0</xdomea:Erfolgreich><xdomea:Fehlermeldung>Prüfsumme falsch</xdomea:Fehlermeldung></xdomea:AusgesondertesSGO>"))}
        </xdomea:Aussonderung.AussonderungImportBestaetigen.0506>
        """;

    private static string Head(string processId, string code, string name, bool receipt = true) => $"""
        <xdomea:Kopf>
          <xdomea:ProzessID>{processId}</xdomea:ProzessID>
          <xdomea:Nachrichtentyp listURI="urn:xoev-de:xdomea:codeliste:nachrichtentyp" listVersionID="2.0"><code>{code}</code><name>{name}</name></xdomea:Nachrichtentyp>
          <xdomea:Erstellungszeitpunkt>2037-03-14T09:30:00+01:00</xdomea:Erstellungszeitpunkt>
          <xdomea:Absender><xdomea:Institution><xdomea:Name>Stadtarchiv</xdomea:Name></xdomea:Institution></xdomea:Absender>
          <xdomea:Empfaenger><xdomea:Institution><xdomea:Name>Ausländerbehörde</xdomea:Name></xdomea:Institution></xdomea:Empfaenger>
          {(receipt ? "<xdomea:Empfangsbestaetigung>1</xdomea:Empfangsbestaetigung>" : "")}
        </xdomea:Kopf>
        """;

    /// <summary>The XML message inside a package of the outbox, and the names of its other entries.</summary>
    protected (XDocument Message, IReadOnlyList<string> Files) OutboxMessage(string name)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Outbox, name));
        var xml = zip.Entries.Single(e => e.Name.EndsWith(".xml", StringComparison.Ordinal));
        using var stream = xml.Open();
        return (XDocument.Load(stream), [.. zip.Entries.Where(e => e != xml).Select(e => e.Name)]);
    }

    protected async Task<long> EventCountAsync()
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM event_store.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    protected Task<long> PersonalDataRowsAsync(Guid personId) => CountAsync("SELECT count(*) FROM event_store.mt_personal_data WHERE subject_id = $1", personId);

    protected Task<long> AccessLogRowsAsync(Guid personId) => CountAsync("SELECT count(*) FROM app.access_log WHERE $1 = ANY(subject_ids)", personId);

    protected Task<long> EventsOfFileAsync(Guid personId) =>
        CountAsync("SELECT count(*) FROM event_store.mt_events WHERE stream_id = $1", Domain.Files.FileIds.Of(personId));

    protected static byte[] Pdf(string text) => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text} {Guid.NewGuid()}\n%%EOF\n");
}
