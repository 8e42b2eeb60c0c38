using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using P = Migrationsverwaltung.Api.Persons;
using Migrationsverwaltung.Api.Reminders;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Persons;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Reminders;

public sealed class ReminderDeliveryTests
{
    private ReminderTestHost _host = null!;
    private static DateOnly Today => ReminderTestHost.Today;

    [OneTimeSetUp]
    public async Task Start() => _host = await ReminderTestHost.StartAsync(nameof(ReminderDeliveryTests), new Dictionary<string, string?>
    {
        ["Reminders:Lease"] = "00:00:01",
        // Long enough that "not before the backoff" holds on a loaded machine, short enough for the test.
        ["Reminders:FirstRetry"] = "00:00:02",
    });

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task Given_persons_with_expiring_titles_When_two_senders_run_at_once_Then_each_reminder_is_delivered_exactly_once()
    {
        var persons = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            persons.Add(await PersonAsync(consent: true, titleValidUntil: Today.AddDays(60)));
        }
        var withoutConsent = await PersonAsync(consent: false, titleValidUntil: Today.AddDays(60));
        var written = await ScanAsync();
        var again = await ScanAsync();
        _host.Sink.Messages.Clear();

        var clock = Stopwatch.StartNew();
        // A lease far longer than a batch takes: in the normal case no row is taken over (the crash test covers take-over).
        await Task.WhenAll(DrainAsync(Sender("A", lease: TimeSpan.FromSeconds(60))), DrainAsync(Sender("B", lease: TimeSpan.FromSeconds(60))));
        clock.Stop();

        var delivered = _host.Sink.Messages.ToList();
        TestContext.Out.WriteLine($"REMINDERS {delivered.Count} delivered by two senders in {clock.ElapsedMilliseconds} ms");
        Assert.Multiple(async () =>
        {
            Assert.That(written, Is.EqualTo(30), "one reminder per consenting person");
            Assert.That(again, Is.Zero, "a second scan writes nothing twice");
            Assert.That(await RowsForAsync(withoutConsent), Is.Zero, "no consent, no reminder");
            Assert.That(delivered, Has.Count.EqualTo(30));
            Assert.That(delivered.Select(m => m.MessageId).Distinct().Count(), Is.EqualTo(30));
            Assert.That(delivered.All(m => m.Recipient.EndsWith("@example.org", StringComparison.Ordinal)));
            Assert.That(await SentForAsync(persons), Is.EqualTo(30));
        });
    }

    [Test]
    public async Task Given_a_sender_that_dies_after_the_server_accepted_When_its_lease_runs_out_Then_another_sends_again_with_the_same_Message_ID()
    {
        var person = await PersonAsync(consent: true, titleValidUntil: Today.AddDays(30));
        Assert.That(await ScanAsync(), Is.EqualTo(1));
        _host.Sink.Messages.Clear();
        // Long enough that a slow send on a loaded machine still ends inside it.
        var lease = TimeSpan.FromSeconds(5);
        var crashing = Sender("A", new CrashAfterSending(Transport()), lease);

        Assert.ThrowsAsync<SimulatedCrash>(() => crashing.ProcessOnceAsync(CancellationToken.None));
        var whileLeased = await Sender("B", lease: lease).ProcessOnceAsync(CancellationToken.None);
        var afterLease = 0;
        var waited = Stopwatch.StartNew();
        while (afterLease == 0 && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            afterLease = await Sender("B", lease: lease).ProcessOnceAsync(CancellationToken.None);
        }

        var delivered = _host.Sink.Messages.ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(whileLeased, Is.Zero, "the dead sender's lease still holds the row");
            Assert.That(afterLease, Is.EqualTo(1));
            Assert.That(delivered, Has.Count.EqualTo(2), "at least once: the server got it twice");
            Assert.That(delivered[1].MessageId, Is.EqualTo(delivered[0].MessageId).And.Not.Empty, "the duplicate is recognisable");
            Assert.That(await RowStatusAsync(person), Is.EqualTo(("sent", 2)));
        });
    }

    [Test]
    public async Task Given_the_server_refuses_When_sending_Then_the_reminder_waits_with_backoff_and_is_delivered_later()
    {
        var person = await PersonAsync(consent: true, titleValidUntil: Today.AddDays(20));
        await ScanAsync();
        _host.Sink.Messages.Clear();
        _host.Sink.RefuseNext(1);
        var sender = Sender("A");

        await sender.ProcessOnceAsync(CancellationToken.None);
        var afterRefusal = await RowStatusAsync(person);
        var tooEarly = await sender.ProcessOnceAsync(CancellationToken.None);
        var waited = Stopwatch.StartNew();
        while (_host.Sink.Messages.IsEmpty && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            await sender.ProcessOnceAsync(CancellationToken.None);
        }

        Assert.Multiple(async () =>
        {
            Assert.That(afterRefusal, Is.EqualTo(("pending", 1)));
            Assert.That(tooEarly, Is.Zero, "not before the backoff has passed");
            Assert.That(_host.Sink.Messages, Has.Count.EqualTo(1));
            Assert.That(await RowStatusAsync(person), Is.EqualTo(("sent", 2)));
        });
    }

    [Test]
    public async Task Given_consent_withdrawn_after_the_scan_When_the_sender_comes_Then_nothing_is_sent()
    {
        var person = await PersonAsync(consent: true, titleValidUntil: Today.AddDays(40));
        await ScanAsync();
        _host.Sink.Messages.Clear();
        await Driver().SendAsync(new P.WithdrawContactConsent.Command { PersonId = person, ExpectedVersion = 3, Channel = ContactChannel.Email });

        await Sender("A").ProcessOnceAsync(CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(_host.Sink.Messages, Is.Empty);
            Assert.That((await RowStatusAsync(person)).Status, Is.EqualTo("skipped"));
        });
    }

    [Test]
    public async Task Given_a_booking_for_tomorrow_When_the_scan_runs_Then_one_appointment_reminder_is_written_and_sent()
    {
        var person = await PersonAsync(consent: true, titleValidUntil: Today.AddYears(2));
        var caseDriver = Driver();
        await caseDriver.SendAsync(new global::Migrationsverwaltung.Api.Cases.Intake.ReceiveApplication.Command
        {
            CaseId = caseDriver.CaseId, ExpectedVersion = 0, PersonId = person, OfficeId = CaseDriver.Office, TeamId = CaseDriver.Team, TitleCode = "AE_18B",
            Kind = global::Migrationsverwaltung.Domain.Cases.ApplicationKind.FirstIssue, Channel = global::Migrationsverwaltung.Domain.Cases.ApplicationChannel.Counter, ReceivedOn = Today,
        });
        await caseDriver.SendAsync((id, v) => new global::Migrationsverwaltung.Api.Cases.Intake.RegisterCase.Command { CaseId = id, ExpectedVersion = v });
        var appointmentDay = WorkingDays.OnOrAfter(Today.AddDays(2));
        var admin = await _host.Api.ClientAsAsync("admin-1", "Administration");
        var caseworker = await _host.Api.ClientAsAsync("sb-1", "Sachbearbeitung", CaseDriver.Team);
        using var location = await admin.CommandAsync("/api/v1/appointment-locations", new { name = "Nebenstelle" });
        var locationId = (string)(await location.JsonAsync())["locationId"]!;
        using var opened = await caseworker.CommandAsync($"/api/v1/appointment-locations/{locationId}/capacity", new { service = "Counselling", from = appointmentDay, to = appointmentDay, seatsPerSlot = 1 });
        using var slots = await caseworker.GetAsync($"/api/v1/appointment-locations/{locationId}/slots?service=counselling&from={appointmentDay:yyyy-MM-dd}&to={appointmentDay:yyyy-MM-dd}");
        var slotId = (string)System.Text.Json.Nodes.JsonNode.Parse(await slots.Content.ReadAsStringAsync())!.AsArray()[0]!["slotId"]!;
        using var booked = await caseworker.CommandAsync($"/api/v1/cases/{caseDriver.CaseId}/appointments", new { slotId });
        var bookingId = (string)(await booked.JsonAsync())["bookingId"]!;

        var twoDaysBefore = await ScanAsync(appointmentDay.AddDays(-2));
        var dayBefore = await ScanAsync(appointmentDay.AddDays(-1));
        var again = await ScanAsync(appointmentDay.AddDays(-1));
        _host.Sink.Messages.Clear();
        await DrainAsync(Sender("A"));

        Assert.Multiple(async () =>
        {
            Assert.That((twoDaysBefore, dayBefore, again), Is.EqualTo((0, 1, 0)));
            Assert.That(await ScalarAsync($"SELECT kind FROM app.reminder_outbox WHERE subject_id = '{bookingId}'"), Is.EqualTo("appointment_tomorrow"));
            Assert.That(_host.Sink.Messages.Single().Raw, Does.Contain("Content-Language: de").And.Contain($"p-{person:N}@example.org"));
        });
    }

    [Test]
    public async Task Given_recorded_preferred_languages_When_reminders_are_written_Then_each_goes_out_in_the_person_s_language_or_the_default()
    {
        var persian = await PersonAsync(consent: true, titleValidUntil: Today.AddDays(70));
        var turkish = await PersonAsync(consent: true, titleValidUntil: Today.AddDays(70));
        await Driver().SendAsync(new P.RecordPreferredLanguage.Command { PersonId = persian, ExpectedVersion = 3, Language = "fa" });
        await Driver().SendAsync(new P.RecordPreferredLanguage.Command { PersonId = turkish, ExpectedVersion = 3, Language = "tr" });

        await ScanAsync();
        _host.Sink.Messages.Clear();
        await DrainAsync(Sender("A"));

        var toPersian = _host.Sink.Messages.Single(m => m.Recipient == $"p-{persian:N}@example.org").Raw;
        var toTurkish = _host.Sink.Messages.Single(m => m.Recipient == $"p-{turkish:N}@example.org").Raw;
        Assert.Multiple(async () =>
        {
            Assert.That(await ScalarAsync($"SELECT language FROM app.reminder_outbox WHERE person_id = '{persian}'"), Is.EqualTo("fa"));
            Assert.That(toPersian, Does.Contain("Content-Language: fa"));
            Assert.That(toTurkish, Does.Contain("Content-Language: de"), "no Turkish template: the office's default language");
        });
    }

    [Test]
    public async Task Given_a_row_of_a_kind_this_version_does_not_know_When_senders_run_Then_it_is_left_for_a_newer_instance_and_the_rest_is_delivered()
    {
        var person = await PersonAsync(consent: true, titleValidUntil: Today.AddDays(45));
        await ScanAsync();
        await ScalarAsync($"""
            INSERT INTO app.reminder_outbox (id, kind, subject_id, trigger_date, person_id, about_date, language, message_id)
            VALUES (gen_random_uuid(), 'kind_of_a_newer_version', gen_random_uuid(), current_date, '{person}', current_date, 'de', '<newer@test>')
            """);
        _host.Sink.Messages.Clear();

        await DrainAsync(Sender("A"));

        Assert.Multiple(async () =>
        {
            Assert.That(_host.Sink.Messages, Has.Count.EqualTo(1));
            Assert.That(await ScalarAsync("SELECT status || '/' || attempts FROM app.reminder_outbox WHERE kind = 'kind_of_a_newer_version'"), Is.EqualTo("pending/0"));
        });
    }

    [Test]
    public void Backoff_doubles_up_to_its_cap()
    {
        var options = new ReminderOptions { FirstRetry = TimeSpan.FromMinutes(1), MaxRetryDelay = TimeSpan.FromMinutes(10) };

        Assert.That(new[] { 1, 2, 3, 4, 5, 30 }.Select(options.RetryDelayAfter).Select(d => d.TotalMinutes), Is.EqualTo(new double[] { 1, 2, 4, 8, 10, 10 }));
    }

    private sealed class SimulatedCrash() : Exception("the process died here");

    /// <summary>Hands the message over, then "dies" before the sender can mark the row as sent.</summary>
    private sealed class CrashAfterSending(IReminderTransport inner) : IReminderTransport
    {
        public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
        {
            await inner.SendAsync(mail, cancellationToken);
            throw new SimulatedCrash();
        }
    }

    private async Task<int> ScanAsync(DateOnly? today = null)
    {
        await _host.WaitForExpiringViewAsync();
        using var scope = _host.Api.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderScan>().RunAsync(today ?? Today, CancellationToken.None);
    }

    private static Task DrainAsync(ReminderSender sender) => ReminderTestHost.DrainAsync(sender);

    private IReminderTransport Transport() => _host.Transport();

    private ReminderSender Sender(string instance, IReminderTransport? transport = null, TimeSpan? lease = null) => _host.Sender(instance, transport, lease);

    private CaseDriver Driver() => _host.Driver();

    private async Task<Guid> PersonAsync(bool consent, DateOnly titleValidUntil)
    {
        var (id, version) = await _host.RegisterPersonAsync(consent);
        await Driver().SendAsync(new P.RecordCurrentTitle.Command { PersonId = id, ExpectedVersion = version, TitleCode = "AE_18B", ValidUntil = titleValidUntil });
        return id;
    }

    private Task<object?> ScalarAsync(string sql) => _host.ScalarAsync(sql);

    private async Task<long> RowsForAsync(Guid person) => (long)(await ScalarAsync($"SELECT count(*) FROM app.reminder_outbox WHERE person_id = '{person}'"))!;

    private async Task<long> SentForAsync(IEnumerable<Guid> persons) =>
        (long)(await ScalarAsync($"SELECT count(*) FROM app.reminder_outbox WHERE status = 'sent' AND person_id IN ({string.Join(",", persons.Select(p => $"'{p}'"))})"))!;

    private async Task<(string Status, int Attempts)> RowStatusAsync(Guid person)
    {
        await using var connection = new NpgsqlConnection(_host.Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT status, attempts FROM app.reminder_outbox WHERE person_id = '{person}'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetInt32(1));
    }
}
