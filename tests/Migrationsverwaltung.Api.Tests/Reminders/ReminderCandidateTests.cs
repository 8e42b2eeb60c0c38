using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Reminders;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Views;
using Migrationsverwaltung.Api.Views.Expiring;
using Migrationsverwaltung.EventStore.Daemon;
using Npgsql;
using P = Migrationsverwaltung.Api.Persons;

namespace Migrationsverwaltung.Api.Tests.Reminders;

/// <summary>
/// The scan finds its candidates in the views, not by reading every stream: titles and passports from the
/// expiring-documents view (a title only without an open case), Fiktionsbescheinigungen and collectable cards among
/// the inbox's open cases. One reminder per trigger of each kind, nothing for what has ended or is far off.
/// </summary>
public sealed class ReminderCandidateTests : ViewsTestBase
{
    [Test]
    public async Task Each_kind_is_found_through_the_views_and_an_open_case_suppresses_the_title_reminder()
    {
        var stories = new ViewStories(Services, Clock);
        var t = PinnedToday;
        var titleOnly = await PersonAsync(title: t.AddDays(60));
        var applied = await PersonAsync(title: t.AddDays(60), passport: t.AddDays(60));
        await stories.ReceivedAsync("AE_28", t.AddDays(-3), personId: applied, currentTitleValidUntil: t.AddDays(60));
        var farOff = await PersonAsync(title: t.AddDays(200), passport: t.AddDays(200));
        var withoutConsent = await PersonAsync(title: t.AddDays(60), consent: false);

        var fiktionHolder = await PersonAsync();
        var fiktion = await stories.ReceivedAsync("AE_28", t.AddDays(-25), personId: fiktionHolder, currentTitleValidUntil: t.AddDays(-20));
        await stories.FiktionIssuedAsync(fiktion, t.AddDays(-25), t.AddDays(10));
        var endedHolder = await PersonAsync();
        var ended = await stories.ReceivedAsync("AE_28", t.AddDays(-25), personId: endedHolder, currentTitleValidUntil: t.AddDays(-20));
        await stories.FiktionIssuedAsync(ended, t.AddDays(-25), t.AddDays(10));
        await stories.WithdrawnAsync(ended, t.AddDays(-2));
        var cardHolder = await PersonAsync();
        var card = await stories.ReceivedAsync("NE_9", t.AddDays(-60), personId: cardHolder);
        await stories.ReadyForDecisionAsync(card, t.AddDays(-50));
        await stories.GrantedAsync(card, t.AddDays(-40));
        await stories.ReadyForPickupAsync(card, t.AddDays(-2));

        Assert.That(await Services.GetRequiredService<ProjectionControl>().WaitForCatchUpAsync([ExpiringDocumentsProjection.ProjectionName], TimeSpan.FromSeconds(30)), Is.True);
        using var scope = Services.CreateScope();
        var written = await scope.ServiceProvider.GetRequiredService<ReminderScan>().RunAsync(t, CancellationToken.None);
        var rows = await OutboxAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.EquivalentTo(new[]
            {
                ("title_12w", titleOnly),
                ("passport_3m", applied),
                ("fiktion_2w", fiktion.CaseId),
                ("eat_ready", card.CaseId),
            }), $"persons: title only {titleOnly}, applied {applied}, far off {farOff}, no consent {withoutConsent}; cases: ended {ended.CaseId}");
            Assert.That(written, Is.EqualTo(4));
        });
    }

    private async Task<Guid> PersonAsync(DateOnly? title = null, DateOnly? passport = null, bool consent = true)
    {
        var (id, version) = await ReminderTestHost.RegisterPersonAsync(Services, consent);
        var d = new CaseDriver(Services, CaseDriver.Caseworker());
        if (passport is { } passportValidUntil)
        {
            version = (await d.SendAsync(new P.RecordPassport.Command { PersonId = id, ExpectedVersion = version, Number = "P7654321", IssuingState = "SYR", ValidUntil = passportValidUntil })).Version;
        }
        if (title is { } titleValidUntil)
        {
            await d.SendAsync(new P.RecordCurrentTitle.Command { PersonId = id, ExpectedVersion = version, TitleCode = "AE_28", ValidUntil = titleValidUntil });
        }
        return id;
    }

    private async Task<List<(string Kind, Guid Subject)>> OutboxAsync()
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT kind, subject_id FROM app.reminder_outbox", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, Guid)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetGuid(1)));
        }
        return rows;
    }
}
