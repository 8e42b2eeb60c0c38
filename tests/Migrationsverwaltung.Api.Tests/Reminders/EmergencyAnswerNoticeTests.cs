using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Cases.Intake;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Api.Reminders;
using Migrationsverwaltung.Api.Tests.Appointments;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;
using Npgsql;
using V = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Tests.Reminders;

/// <summary>
/// Every emergency request gets a seat or a reasoned answer; when triage gives it later, the applicant hears by
/// e-mail (with consent), in their language, once, naming nothing but the date and pointing to the status lookup.
/// </summary>
public sealed class EmergencyAnswerNoticeTests
{
    private ReminderTestHost _host = null!;
    private TriageWorld _world = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await ReminderTestHost.StartAsync(nameof(EmergencyAnswerNoticeTests), new Dictionary<string, string?> { ["Appointments:PublicBookingsPerMinute"] = "100000" },
            establishOffice: false);
        _world = new TriageWorld(_host.Api);
        await _world.SetUpAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task Given_triage_answered_requests_after_they_were_lodged_Then_each_consenting_applicant_gets_one_notice_in_their_language_and_others_none()
    {
        var day = AppointmentWorld.WorkingDay(5);
        await _world.OpenEmergencySeatsAsync(day, 2);
        var persian = await ApplicantAsync(consent: true, language: "fa");
        var withoutConsent = await ApplicantAsync(consent: false, language: null);
        var answeredAtOnce = await ApplicantAsync(consent: true, language: null);
        var today = TriageWorld.Today;

        var persianSeat = await _world.LodgeAsync(persian.Token, "LostDocument", null);
        var otherSeat = await _world.LodgeAsync(withoutConsent.Token, "LostDocument", null);
        var notUrgent = await _world.LodgeAsync(answeredAtOnce.Token, "JobStarts", today.AddDays(200));
        await _world.RunAsync(day);
        var second = await _world.LodgeAsync(persian.Token, "LostDocument", null);
        await _world.RunAsync(day); // a second seat for the same case is refused with a reason

        var written = await NoticesAsync(today);
        var again = await NoticesAsync(today);
        await DrainAsync();

        var rows = await OutboxAsync();
        var mails = _host.Sink.Messages.ToList();
        Assert.Multiple(() =>
        {
            Assert.That((string)notUrgent["status"]!, Is.EqualTo("declined"), "answered in the response itself");
            Assert.That((written, again), Is.EqualTo((3, 0)), "one notice per answer given later, never twice");
            Assert.That(rows[(Guid)persianSeat["requestId"]!], Is.EqualTo(("emergency_slot", day, "fa", "sent")));
            Assert.That(rows[(Guid)second["requestId"]!], Is.EqualTo(("emergency_declined", today, "fa", "sent")));
            Assert.That(rows[(Guid)otherSeat["requestId"]!].Status, Is.EqualTo("skipped"), "no consent: recorded, not sent");
            Assert.That(rows.ContainsKey((Guid)notUrgent["requestId"]!), Is.False);
            Assert.That(mails.Select(m => m.Recipient), Is.EqualTo(new[] { ReminderTestHost.EmailOf(persian.PersonId), ReminderTestHost.EmailOf(persian.PersonId) }));
            Assert.That(mails.All(m => m.Raw.Contains("Content-Language: fa", StringComparison.Ordinal)));
            Assert.That(mails.Any(m => m.Raw.Contains("Muster", StringComparison.Ordinal)), Is.False, "no name in the notice");
        });
    }

    [Test]
    public async Task Given_the_seat_was_cancelled_before_the_notice_Then_no_notice_announces_it()
    {
        var day = AppointmentWorld.WorkingDay(6);
        await _world.OpenEmergencySeatsAsync(day, 1);
        var applicant = await ApplicantAsync(consent: true, language: null);
        var request = await _world.LodgeAsync(applicant.Token, "LostDocument", null);
        await _world.RunAsync(day);
        var bookingId = (string)(await _world.LookupAsync(applicant.Token)).Single()!["appointment"]!["bookingId"]!;
        using var cancelled = await _world.World.Anonymous.CommandAsync($"/api/v1/public/appointments/{bookingId}/cancellation", new { statusToken = applicant.Token });
        Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await cancelled.Content.ReadAsStringAsync());

        await NoticesAsync(TriageWorld.Today);

        Assert.That((await OutboxAsync()).ContainsKey((Guid)request["requestId"]!), Is.False);
    }

    private async Task<(Guid PersonId, string Token)> ApplicantAsync(bool consent, string? language)
    {
        var (personId, _) = await _host.RegisterPersonAsync(consent, language);
        var c = _host.Driver();
        await c.SendAsync(new ReceiveApplication.Command
        {
            CaseId = c.CaseId, ExpectedVersion = 0, PersonId = personId, OfficeId = CaseDriver.Office, TeamId = CaseDriver.Team, TitleCode = "AE_18B",
            Kind = V.ApplicationKind.FirstIssue, Channel = V.ApplicationChannel.Counter, ReceivedOn = TriageWorld.Today,
        });
        var registered = await c.SendAsync((id, v) => new RegisterCase.Command { CaseId = id, ExpectedVersion = v });
        return (personId, registered.Extra![CommandResultKeys.StatusToken]);
    }

    private async Task<int> NoticesAsync(DateOnly today)
    {
        using var scope = _host.Api.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderScan>().RunEmergencyAnswersAsync(today, CancellationToken.None);
    }

    private Task DrainAsync() => ReminderTestHost.DrainAsync(_host.Sender("test"));

    private async Task<Dictionary<Guid, (string Kind, DateOnly About, string Language, string Status)>> OutboxAsync()
    {
        await using var connection = new NpgsqlConnection(_host.Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT subject_id, kind, about_date, language, status FROM app.reminder_outbox", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<Guid, (string, DateOnly, string, string)>();
        while (await reader.ReadAsync())
        {
            rows[reader.GetGuid(0)] = (reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetString(3), reader.GetString(4));
        }
        return rows;
    }
}
