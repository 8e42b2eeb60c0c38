using System.Net;
using Migrationsverwaltung.Api.Tests.Http;

namespace Migrationsverwaltung.Api.Tests.Documents.Retention;

/// <summary>
/// The way out of the office, end to end over HTTP on a real database: retention assigned when the person moved away,
/// offered when due (0501), the archive's answer (0502 → 0505), hand-over (0503), import confirmation (0506),
/// deletion that keeps the events and erases contents and personal data; a legal hold stops it; no answer lets the
/// disposal type decide. The tests share one clock that only moves forward, so each works on its own persons.
/// </summary>
public sealed class RetentionPathTests : RetentionHost
{
    [Test]
    public async Task Given_a_legal_hold_When_the_file_is_due_Then_nothing_happens_until_the_hold_is_lifted()
    {
        var personId = await RestrictedPersonWithFileAsync();
        var teamLead = await Api.ClientAsAsync("tl-1", "Teamleitung", Team);
        using (var hold = await teamLead.CommandAsync($"/api/v1/persons/{personId}/file/legal-holds", new { reference = "VG Düsseldorf 7 K 1/26", reason = "Klageverfahren" }, (await FileAsync(personId))["version"]!.GetValue<long>()))
        {
            Assert.That(hold.StatusCode, Is.EqualTo(HttpStatusCode.OK), await hold.Content.ReadAsStringAsync());
        }
        PassRetentionPeriod();

        var held = await RunAsync();
        var again = await RunAsync();

        Assert.That(Outcome(held, personId, "AssignRetention"), Is.EqualTo("Done"), "retention is assigned even under a hold");
        Assert.That(Outcome(held, personId, "OfferToArchive"), Is.EqualTo("Refused"));
        Assert.That(StepsOf(held, personId).Single(s => s["action"]!.GetValue<string>() == "OfferToArchive")["detail"]!.GetValue<string>(), Does.Contain("Aufbewahrungssperre"));
        Assert.That(Outcome(again, personId, "OfferToArchive"), Is.EqualTo("Refused"));
        Assert.That((await FileAsync(personId))["disposal"]!.GetValue<string>(), Is.EqualTo("None"));

        var version = (await FileAsync(personId))["version"]!.GetValue<long>();
        using (var lift = await teamLead.CommandAsync($"/api/v1/persons/{personId}/file/legal-hold-lifts", new { reason = "Verfahren abgeschlossen" }, version))
        {
            Assert.That(lift.StatusCode, Is.EqualTo(HttpStatusCode.OK), await lift.Content.ReadAsStringAsync());
        }
        var lifted = await RunAsync();

        Assert.That(Outcome(lifted, personId, "OfferToArchive"), Is.EqualTo("Done"));
        var offer = lifted["messages"]!.AsArray().Select(m => m!.GetValue<string>()).Single(m => m.EndsWith("_Aussonderung.Anbieteverzeichnis.0501.zip", StringComparison.Ordinal));
        var (message, files) = OutboxMessage(offer);
        XdomeaSchemas.AssertValid(message);
        Assert.That(files, Is.Empty, "the offer carries metadata only");
        Assert.That(message.ToString(), Does.Contain(Domain.Files.FileIds.Of(personId).ToString()).And.Not.Contain("Haddad"), "the file is offered, without the person's name");
    }

    [Test]
    public async Task Given_an_archive_answer_archive_When_handed_over_and_confirmed_Then_the_file_is_deleted_leaving_events_and_tombstone()
    {
        var personId = await RestrictedPersonWithFileAsync("Archivwürdig");
        PassRetentionPeriod();
        await RunAsync();
        var processId = (await DueFileAsync(personId))["archiveProcessId"]!.GetValue<string>();
        var fileId = Domain.Files.FileIds.Of(personId);

        var evaluation = await ImportAsync("/api/v1/retention/evaluations", Evaluation(processId, (fileId, "A")));
        Assert.That(Outcome(evaluation, personId, "RecordArchiveEvaluation"), Is.EqualTo("Done"));
        var receipt = evaluation["messages"]!.AsArray().Single()!.GetValue<string>();
        Assert.That(receipt, Is.EqualTo($"{processId}_Aussonderung.BewertungEmpfangBestaetigen.0505.zip"));
        XdomeaSchemas.AssertValid(OutboxMessage(receipt).Message);

        var handOver = await RunAsync();
        Assert.That(Outcome(handOver, personId, "HandOverToArchive"), Is.EqualTo("Done"));
        var (package, primaryFiles) = OutboxMessage($"{processId}_Aussonderung.Aussonderung.0503.zip");
        XdomeaSchemas.AssertValid(package);
        Assert.That(primaryFiles, Has.Count.EqualTo(2), "both documents' bytes go to the archive");
        Assert.That(package.ToString(), Does.Contain("Archivwürdig"), "the archive gets whose file it is");
        Assert.That(Outcome(await RunAsync(), personId, "AwaitImportConfirmation"), Is.EqualTo("Waiting"), "not deleted before the archive confirms");
        Assert.That(await StoredContentsAsync(personId), Is.EqualTo(2));

        var accessLogBefore = await AccessLogRowsAsync(personId);
        var confirmation = await ImportAsync("/api/v1/retention/import-confirmations", ImportConfirmation(processId, (fileId, true)));
        Assert.That(Outcome(confirmation, personId, "ConfirmArchiveReceipt"), Is.EqualTo("Done"));
        var eventsBefore = await EventsOfFileAsync(personId);
        var deletion = await RunAsync();

        Assert.That(Outcome(deletion, personId, "DeleteFile"), Is.EqualTo("Done"));
        await AssertDeletedAsync(personId, eventsBefore, accessLogBefore, archived: true);
    }

    [Test]
    public async Task Given_an_archive_answer_destroy_When_the_job_runs_Then_the_file_is_deleted()
    {
        var personId = await RestrictedPersonWithFileAsync("Vernichten");
        PassRetentionPeriod();
        await RunAsync();
        var processId = (await DueFileAsync(personId))["archiveProcessId"]!.GetValue<string>();
        await ImportAsync("/api/v1/retention/evaluations", Evaluation(processId, (Domain.Files.FileIds.Of(personId), "V")));
        var eventsBefore = await EventsOfFileAsync(personId);
        var accessLogBefore = await AccessLogRowsAsync(personId);

        var run = await RunAsync();

        Assert.That(Outcome(run, personId, "DeleteFile"), Is.EqualTo("Done"));
        Assert.That(Outcome(run, personId, "HandOverToArchive"), Is.EqualTo("none"));
        await AssertDeletedAsync(personId, eventsBefore, accessLogBefore, archived: false);
    }

    [Test]
    public async Task Given_no_answer_When_the_answer_period_passes_Then_the_disposal_type_applies()
    {
        var personId = await RestrictedPersonWithFileAsync("Ohneantwort");
        PassRetentionPeriod();
        await RunAsync();
        Clock.Advance(TimeSpan.FromDays(100));
        Assert.That(Outcome(await RunAsync(), personId, "AwaitEvaluation"), Is.EqualTo("Waiting"), "still within the answer period");
        var eventsBefore = await EventsOfFileAsync(personId);
        var accessLogBefore = await AccessLogRowsAsync(personId);
        Clock.Advance(TimeSpan.FromDays(81));

        var run = await RunAsync();

        Assert.That(Outcome(run, personId, "ApplyDisposalWithoutAnswer"), Is.EqualTo("Done"));
        Assert.That(Outcome(run, personId, "DeleteFile"), Is.EqualTo("Done"), "disposal type Review without an answer: destroyed in the same run");
        await AssertDeletedAsync(personId, eventsBefore, accessLogBefore, archived: false);
    }

    private async Task AssertDeletedAsync(Guid personId, long eventsBefore, long accessLogBefore, bool archived)
    {
        var file = await FileAsync(personId);
        Assert.That(file["disposal"]!.GetValue<string>(), Is.EqualTo("Deleted"));
        Assert.That(await EventsOfFileAsync(personId), Is.GreaterThan(eventsBefore), "events are kept; the tombstone is added");
        Assert.That(await CountAsync("SELECT count(*) FROM event_store.mt_events WHERE stream_id = $1 AND type = 'file_deleted' AND (data->>'archived')::boolean = " + (archived ? "true" : "false"),
            Domain.Files.FileIds.Of(personId)), Is.EqualTo(1));
        Assert.That(await StoredContentsAsync(personId), Is.Zero, "document contents erased");
        Assert.That(await CountAsync("SELECT count(*) FROM app.document_chunks c JOIN app.document_contents d USING (content_id) WHERE d.person_id = $1", personId), Is.Zero);
        Assert.That(await PersonalDataRowsAsync(personId), Is.Zero, "personal data erased");
        Assert.That(await CountAsync("SELECT count(*) FROM views.person_names WHERE person_id = $1", personId), Is.Zero,
            "the inbox's copy of the names (written at registration) goes with the personal data");
        Assert.That(await CountAsync("SELECT count(*) FROM event_store.mt_personal_data_erasures WHERE subject_id = $1", personId), Is.EqualTo(1), "one erasure, recorded once");
        Assert.That(await AccessLogRowsAsync(personId), Is.GreaterThanOrEqualTo(accessLogBefore), "the access log is untouched");
        using var person = await Caseworker.GetAsync($"/api/v1/persons/{personId}");
        var view = await person.JsonAsync();
        Assert.That(view["familyName"], Is.Null, "person events read without their personal fields");
        Assert.That(view["birthDate"], Is.Null);
        using var download = await Caseworker.GetAsync($"/api/v1/persons/{personId}/file/xdomea");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a deleted file cannot be exported");
    }
}
