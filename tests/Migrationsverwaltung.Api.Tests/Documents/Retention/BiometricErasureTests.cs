using System.Net;
using System.Text.Json.Nodes;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;

namespace Migrationsverwaltung.Api.Tests.Documents.Retention;

/// <summary>
/// Biometric photos' shorter retention in the job: 5 years for a photo of a minor, 7 for an adult's; only the due photo's
/// content goes, the document stays listed as erased, the birth date read is in the access log, a dry run and a second
/// run change nothing, and a legal hold refuses it.
/// </summary>
public sealed class BiometricErasureTests : RetentionHost
{
    private const string Erase = "EraseBiometricDocument";

    [Test]
    public async Task A_run_erases_only_the_due_photos_content_and_the_document_stays_listed_as_erased()
    {
        var start = Today;
        var adult = await RegisterPersonBornAsync("Erwachsen", new DateOnly(1990, 5, 1));
        var minor = await RegisterPersonBornAsync("Minderjaehrig", start.AddYears(-10));
        var adultPhoto = await UploadPhotoAsync(adult, Png(4100));
        var minorPhoto = await UploadPhotoAsync(minor, Png(4200));
        var passportBytes = Pdf("Pass des Kindes");
        var minorPassport = await UploadPassportAsync(minor, passportBytes);
        var contentsBefore = await AllContentsAsync();

        AdvanceTo(start.AddYears(5).AddDays(-1));
        var early = await RunAsync(dryRun: true);
        Assert.That(Outcome(early, minor, Erase), Is.EqualTo("none"), "not due the day before five years are over");

        AdvanceTo(start.AddYears(5));
        var events = await EventCountAsync();
        var dry = await RunAsync(dryRun: true);
        Assert.That(Outcome(dry, minor, Erase), Is.EqualTo("Planned"));
        Assert.That(await EventCountAsync(), Is.EqualTo(events), "a dry run appends nothing");
        Assert.That(await AllContentsAsync(), Is.EqualTo(contentsBefore), "a dry run erases nothing");

        var run = await RunAsync();

        var step = StepsOf(run, minor).Single(s => s["action"]!.GetValue<string>() == Erase);
        Assert.That(step["outcome"]!.GetValue<string>(), Is.EqualTo("Done"));
        Assert.That(step["documentId"]!.GetValue<Guid>(), Is.EqualTo(minorPhoto));
        Assert.That(Outcome(run, adult, Erase), Is.EqualTo("none"), "an adult's photo is kept 7 years");
        Assert.That(await ContentCountAsync(minor, Png(4200)), Is.Zero);
        Assert.That(await ContentCountAsync(minor, passportBytes), Is.EqualTo(1));
        Assert.That(await ContentCountAsync(adult, Png(4100)), Is.EqualTo(1));
        Assert.That(await AllContentsAsync(), Is.EqualTo((contentsBefore.Contents - 1, contentsBefore.Chunks - 1)), "one content with its one chunk is gone, nothing else");
        Assert.That(await CountAsync("SELECT count(*) FROM app.access_log WHERE use_case = 'ReadBirthDate' AND $1 = ANY(subject_ids)", minor), Is.GreaterThan(0));

        using (var gone = await Caseworker.GetAsync($"/api/v1/persons/{minor}/file/documents/{minorPhoto}/content"))
        {
            Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            var problem = await gone.JsonAsync();
            Assert.That(problem["title"]!.GetValue<string>(), Is.EqualTo("Inhalt gelöscht"));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("nach Ablauf seiner Aufbewahrungsfrist gelöscht"));
        }
        using (var passport = await Caseworker.GetAsync($"/api/v1/persons/{minor}/file/documents/{minorPassport}/content"))
        {
            Assert.That(passport.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        var file = await FileAsync(minor);
        var listed = Document(file, minorPhoto);
        Assert.That(listed["erased"]!.GetValue<bool>(), Is.True);
        Assert.That(listed["documentType"]!.GetValue<string>(), Is.EqualTo("LICHTBILD"), "the metadata stays for the auditor");
        Assert.That(Document(file, minorPassport)["erased"]!.GetValue<bool>(), Is.False);
        Assert.That(Document(await FileAsync(adult), adultPhoto)["erased"]!.GetValue<bool>(), Is.False);

        using (var export = await Caseworker.GetAsync($"/api/v1/persons/{minor}/file/xdomea"))
        {
            Assert.That(export.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the export leaves the erased photo out instead of failing on its missing content");
        }

        events = await EventCountAsync();
        var second = await RunAsync();
        Assert.That(await EventCountAsync(), Is.EqualTo(events), "a second run appends nothing");
        Assert.That(StepsOf(second, minor).Concat(StepsOf(second, adult)), Is.Empty, "an erased photo is not found again");

        AdvanceTo(start.AddYears(7));
        var later = await RunAsync();
        Assert.That(Outcome(later, adult, Erase), Is.EqualTo("Done"), "the adult's photo after 7 years");
        Assert.That(await ContentCountAsync(adult, Png(4100)), Is.Zero);
    }

    [Test]
    public async Task A_legal_hold_refuses_the_erasure_and_the_photo_keeps_its_content()
    {
        var start = Today;
        var personId = await RegisterPersonBornAsync("Gesperrt", new DateOnly(1985, 2, 3));
        var photo = await UploadPhotoAsync(personId, Png(4300));
        var teamLead = await Api.ClientAsAsync("tl-1", "Teamleitung", Team);
        using (var hold = await teamLead.CommandAsync($"/api/v1/persons/{personId}/file/legal-holds", new { reference = "VG Köln 3 K 9/26", reason = "Klageverfahren" }, (await FileAsync(personId))["version"]!.GetValue<long>()))
        {
            Assert.That(hold.StatusCode, Is.EqualTo(HttpStatusCode.OK), await hold.Content.ReadAsStringAsync());
        }
        AdvanceTo(start.AddYears(7));
        var events = await EventCountAsync();

        var run = await RunAsync();

        var step = StepsOf(run, personId).Single(s => s["action"]!.GetValue<string>() == Erase);
        Assert.That(step["outcome"]!.GetValue<string>(), Is.EqualTo("Refused"));
        Assert.That(step["detail"]!.GetValue<string>(), Does.Contain("VG Köln 3 K 9/26").And.Contain(photo.ToString()));
        Assert.That(await ContentCountAsync(personId, Png(4300)), Is.EqualTo(1));
        Assert.That(Document(await FileAsync(personId), photo)["erased"]!.GetValue<bool>(), Is.False);
        Assert.That(await EventCountAsync(), Is.EqualTo(events), "a refusal appends nothing (other files of this host are not due)");
    }

    private void AdvanceTo(DateOnly day)
    {
        Clock.Advance(TimeSpan.FromDays(day.DayNumber - Today.DayNumber));
        while (Today < day)
        {
            Clock.Advance(TimeSpan.FromHours(1));
        }
    }

    private async Task<Guid> RegisterPersonBornAsync(string familyName, DateOnly birthDate)
    {
        using var person = await Caseworker.CommandAsync("/api/v1/persons", new
        {
            officeId = CaseDriver.Office, familyName, givenNames = "Lina", birthDate = birthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            birthPlace = "Damaskus", sex = "Female", nationality = "SYR",
            address = new { street = "Ostwall", houseNumber = "2", postalCode = "47798", city = "Krefeld", country = "DEU" },
        });
        Assert.That(person.StatusCode, Is.EqualTo(HttpStatusCode.Created), await person.Content.ReadAsStringAsync());
        return (await person.JsonAsync())["streamId"]!.GetValue<Guid>();
    }

    private async Task<Guid> UploadPhotoAsync(Guid personId, byte[] png)
    {
        using var upload = await UploadAsync(personId, png, "image/png", "bild.png", new { documentType = "LICHTBILD", receivedOn = Today, channel = "Counter" });
        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Created), await upload.Content.ReadAsStringAsync());
        return (await upload.JsonAsync())["documentId"]!.GetValue<Guid>();
    }

    private async Task<Guid> UploadPassportAsync(Guid personId, byte[] pdf)
    {
        using var upload = await UploadAsync(personId, pdf, "application/pdf", "pass.pdf", Passport(Today, Today.AddYears(10)));
        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Created), await upload.Content.ReadAsStringAsync());
        return (await upload.JsonAsync())["documentId"]!.GetValue<Guid>();
    }

    private static JsonObject Document(JsonObject file, Guid documentId) =>
        file["documents"]!.AsArray().Select(d => d!.AsObject()).Single(d => d["documentId"]!.GetValue<Guid>() == documentId);

    private async Task<long> ContentCountAsync(Guid personId, byte[] bytes)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM app.document_contents WHERE person_id = $1 AND sha256 = $2", connection);
        command.Parameters.AddWithValue(personId);
        command.Parameters.AddWithValue(System.Security.Cryptography.SHA256.HashData(bytes));
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<(long Contents, long Chunks)> AllContentsAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT (SELECT count(*) FROM app.document_contents), (SELECT count(*) FROM app.document_chunks)", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
