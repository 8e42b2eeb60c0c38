using System.Text.Json.Nodes;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Cases.Completeness;
using Migrationsverwaltung.Api.Cases.Decision;
using Migrationsverwaltung.Api.Cases.Intake;
using Migrationsverwaltung.Api.Cases.Participation;
using Migrationsverwaltung.Api.Cases.Queries;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.Domain.Deadlines;
using Npgsql;
using V = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Tests.Cases;

public sealed class CaseQueryAndStorageTests : ApiTestBase
{
    private static readonly DateOnly Today = Domain.Calendar.BerlinTime.DateOf(DateTimeOffset.UtcNow);

    [OneTimeSetUp]
    public async Task WaitForStore()
    {
        (await Api.WaitUntilReadyAsync()).Dispose();
        await CaseDriver.EstablishOfficeAsync(Api.Services);
    }

    [Test]
    public async Task When_querying_a_case_through_MediatR_Then_state_version_and_running_deadlines_come_back()
    {
        var d = new CaseDriver(Api.Services, CaseDriver.Caseworker());
        await d.ReceiveAsync("AE_18B", Today);
        await d.SendAsync((id, v) => new RegisterCase.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new StartCompletenessCheck.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new RequestBaConsent.Command { CaseId = id, ExpectedVersion = v, ReceivedByBaOn = Today });

        var view = await QueryAsync(new GetCaseState.Query(d.CaseId));
        var asOfTwo = await QueryAsync(new GetCaseState.Query(d.CaseId, AsOfVersion: 2));

        Assert.That((view.Version, view.State.Status), Is.EqualTo((4L, V.CaseStatus.CompletenessCheck)));
        Assert.That(asOfTwo.State.Status, Is.EqualTo(V.CaseStatus.Registered));
        var fiction = view.Deadlines.Single(x => x.Kind == DeadlineKind.BaConsentFiction);
        Assert.That(fiction.LastDay, Is.GreaterThanOrEqualTo(Today.AddDays(14)));
        Assert.That(fiction.State, Is.EqualTo(DeadlineState.Ok));
        Assert.That(view.Deadlines.Select(x => x.Kind), Does.Contain(DeadlineKind.InactionLawsuitRisk));
        Assert.ThrowsAsync<ForbiddenException>(() => QueryAsync(new GetCaseState.Query(d.CaseId), new Domain.Common.Actor("sb-x", Domain.Common.Role.Sachbearbeitung, Guid.NewGuid())));
    }

    [Test]
    public async Task When_reasons_about_the_person_are_recorded_Then_they_are_stored_apart_from_the_event_and_read_back()
    {
        var d = new CaseDriver(Api.Services, CaseDriver.Caseworker());
        await d.ReceiveAsync("NE_9", Today);
        await d.SendAsync((id, v) => new RegisterCase.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new StartCompletenessCheck.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new ConfirmCompleteness.Command { CaseId = id, ExpectedVersion = v });
        await CaseScenarios.CompleteAppearanceAsync(d, Domain.Catalogue.FeeKind.Issue);
        await d.SendAsync((id, v) => new DeclareReadyForDecision.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new AnnounceIntentToReject.Command { CaseId = id, ExpectedVersion = v, HearingDeadline = Today.AddDays(21), Reason = "Frau Muster hat keinen Sprachnachweis B1" });

        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT e.data::text, p.data->>'reasons' FROM event_store.mt_events e JOIN event_store.mt_personal_data p ON p.event_id = e.id
            WHERE e.stream_id = $1 AND e.type = 'intent_to_reject_announced'
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = d.CaseId });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True, "the personal part is in mt_personal_data");
        Assert.That(reader.GetString(0), Does.Not.Contain("Muster"));
        Assert.That(reader.GetString(1), Does.Contain("Muster"));
        var store = Api.Services.GetRequiredService<EventStore.EventStore>();
        var intent = (await store.ReadStreamAsync(d.CaseId)).Select(e => e.Data).OfType<V.IntentToRejectAnnounced>().Single();
        Assert.That(intent.Reasons, Does.Contain("Muster"));
    }

    [Test]
    public async Task When_case_data_is_read_or_worked_on_Then_the_access_log_records_who_and_which_subjects_and_cannot_be_changed()
    {
        var d = new CaseDriver(Api.Services, CaseDriver.Caseworker("sb-7"));
        await d.ReceiveAsync("AE_18B", Today);
        var view = await QueryAsync(new GetCaseState.Query(d.CaseId), CaseDriver.Caseworker("sb-7"));
        var auditor = new Domain.Common.Actor("rev-1", Domain.Common.Role.Revision, Guid.Empty);

        var aboutCase = await SendAsync(new Audit.GetAccessLog.Query(d.CaseId, null, null, null), auditor);
        var aboutPerson = await SendAsync(new Audit.GetAccessLog.Query(view.State.PersonId, null, null, null), auditor);
        var byUser = await SendAsync(new Audit.GetAccessLog.Query(null, "sb-7", null, null), auditor);

        Assert.That(aboutCase.Select(e => e.UseCase), Is.EquivalentTo(new[] { "GetCaseState", "ReceiveApplication" }));
        Assert.That(aboutPerson.Single().UseCase, Is.EqualTo("GetCaseState"));
        Assert.That(byUser.All(e => e.UserId == "sb-7" && e.Role == "Sachbearbeitung"), Is.True);
        Assert.ThrowsAsync<ForbiddenException>(() => SendAsync(new Audit.GetAccessLog.Query(d.CaseId, null, null, null), CaseDriver.TeamLead()));
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var tamper = new NpgsqlCommand("UPDATE app.access_log SET user_id = 'nobody'", connection);
        Assert.ThrowsAsync<PostgresException>(() => tamper.ExecuteNonQueryAsync());
    }

    [Test]
    public void When_an_old_withdrawal_shape_is_read_Then_it_is_upcast_to_the_current_event()
    {
        var registry = EventTypes.CreateRegistry();
        var caseId = Guid.NewGuid();
        var json = new JsonObject { ["case_id"] = caseId, ["at"] = "2026-03-02T09:00:00+01:00", ["by"] = "sb-1", ["reason"] = "Antrag zurückgezogen" };

        var upcast = registry.Deserialize("case_withdrawn_v0", json.ToJsonString(), seqId: 1);

        Assert.That(upcast, Is.EqualTo(new V.CaseWithdrawn(caseId, DateTimeOffset.Parse("2026-03-02T09:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture), "sb-1", OnApplicantsBehalf: false, "Antrag zurückgezogen")));
    }

    private Task<GetCaseState.View> QueryAsync(GetCaseState.Query query, Domain.Common.Actor? actor = null) => SendAsync(query, actor);

    private async Task<T> SendAsync<T>(IRequest<T> query, Domain.Common.Actor? actor = null)
    {
        using var scope = Api.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(actor ?? CaseDriver.Caseworker());
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query);
    }
}
