using FluentValidation;
using Migrationsverwaltung.Api.Cases.Completeness;
using Migrationsverwaltung.Api.Cases.Decision;
using Migrationsverwaltung.Api.Cases.Intake;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.EventStore;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Cases;

public sealed class CaseCommandPipelineTests : ApiTestBase
{
    private static readonly DateOnly Today = Domain.Calendar.BerlinTime.DateOf(DateTimeOffset.UtcNow);

    [OneTimeSetUp]
    public async Task WaitForStore()
    {
        (await Api.WaitUntilReadyAsync()).Dispose();
        await CaseDriver.EstablishOfficeAsync(Api.Services);
    }

    private CaseDriver NewCase() => new(Api.Services, CaseDriver.Caseworker());

    [Test]
    public async Task When_a_case_is_registered_Then_file_numbers_increase_per_office_and_year_and_only_the_token_hash_is_stored()
    {
        var first = NewCase();
        var second = NewCase();
        await first.ReceiveAsync("AE_18B", Today);
        await second.ReceiveAsync("AE_18B", Today);

        var one = await first.SendAsync((id, v) => new RegisterCase.Command { CaseId = id, ExpectedVersion = v });
        var two = await second.SendAsync((id, v) => new RegisterCase.Command { CaseId = id, ExpectedVersion = v });

        var (n1, n2) = (one.Extra![CommandResultKeys.FileNumber], two.Extra![CommandResultKeys.FileNumber]);
        Assert.That(n1, Does.Match($"^ABH-{Today.Year}-\\d{{6}}$"));
        Assert.That(string.CompareOrdinal(n2, n1), Is.GreaterThan(0));
        var token = one.Extra[CommandResultKeys.StatusToken];
        Assert.That(token, Does.Match("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.$"));
        var stored = await ScalarAsync<string>("SELECT data->>'status_token_hash' FROM event_store.mt_events WHERE stream_id = $1 AND type = 'case_registered'", first.CaseId);
        Assert.That(stored, Is.EqualTo(StatusTokens.HashOf(token)));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_events WHERE data::text LIKE '%' || $1 || '%'", token.Replace("-", "")), Is.Zero);
    }

    [Test]
    public async Task Given_two_caseworkers_deciding_at_the_same_version_Then_exactly_one_wins_and_the_other_gets_the_conflict()
    {
        var driver = await CaseReadyForDecisionAsync();
        var grant = new Grant.Command { CaseId = driver.CaseId, ExpectedVersion = driver.Version, ValidUntil = Today.AddYears(2) };
        var intent = new AnnounceIntentToReject.Command { CaseId = driver.CaseId, ExpectedVersion = driver.Version, HearingDeadline = Today.AddDays(21), Reason = "Lebensunterhalt nicht gesichert" };

        var outcomes = await Task.WhenAll(
            Outcome(() => driver.SendAsync(grant)),
            Outcome(() => driver.As(CaseDriver.Caseworker("sb-2")).SendAsync(intent)));

        Assert.That(outcomes.Count(o => o is null), Is.EqualTo(1), string.Join(", ", outcomes.Select(o => o?.GetType().Name ?? "ok")));
        Assert.That(outcomes.Single(o => o is not null), Is.TypeOf<ConcurrencyException>());
        var decisions = await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_events WHERE stream_id = $1 AND type IN ('case_granted', 'intent_to_reject_announced')", driver.CaseId);
        Assert.That(decisions, Is.EqualTo(1));
    }

    [Test]
    public async Task When_a_command_is_retried_with_its_command_id_Then_it_returns_the_first_result_and_appends_nothing()
    {
        var driver = NewCase();
        await driver.ReceiveAsync("AE_18B", Today);
        var request = new StartCompletenessCheck.Command { CaseId = driver.CaseId, ExpectedVersion = 1, CommandId = $"cmd-{Guid.NewGuid()}" };
        await driver.SendAsync(new RegisterCase.Command { CaseId = driver.CaseId, ExpectedVersion = 1 }).ContinueWith(_ => { });
        request = request with { ExpectedVersion = 2 };

        var first = await driver.SendAsync(request);
        var retries = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => driver.SendAsync(request)));

        Assert.That(retries.Select(r => (r.Version, string.Join(",", r.Events))), Has.All.EqualTo((first.Version, string.Join(",", first.Events))));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_events WHERE stream_id = $1 AND type = 'completeness_check_started'", driver.CaseId), Is.EqualTo(1));
        Assert.ThrowsAsync<IdempotencyConflictException>(() => driver.SendAsync(request with { ExpectedVersion = 3 }));
    }

    [Test]
    public async Task When_idempotency_records_are_older_than_the_retention_Then_the_purge_removes_only_those()
    {
        var driver = NewCase();
        var commandId = $"old-{Guid.NewGuid()}";
        var received = await driver.SendAsync(new ReceiveApplication.Command
        {
            CaseId = driver.CaseId, ExpectedVersion = 0, PersonId = Guid.NewGuid(), OfficeId = CaseDriver.Office, TeamId = CaseDriver.Team,
            TitleCode = "AE_18B", Kind = Domain.Cases.ApplicationKind.FirstIssue, Channel = Domain.Cases.ApplicationChannel.Online, ReceivedOn = Today, CommandId = commandId,
        });
        var fresh = $"fresh-{Guid.NewGuid()}";
        await driver.SendAsync(new RegisterCase.Command { CaseId = driver.CaseId, ExpectedVersion = received.Version, CommandId = fresh });
        await ScalarAsync<int>("WITH u AS (UPDATE app.command_idempotency SET created_at = now() - interval '49 hours' WHERE command_id = $1 RETURNING 1) SELECT count(*)::int FROM u", commandId);

        var store = (IdempotencyStore)Api.Services.GetService(typeof(IdempotencyStore))!;
        await store.PurgeExpiredAsync(DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM app.command_idempotency WHERE command_id = $1", commandId), Is.Zero);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM app.command_idempotency WHERE command_id = $1", fresh), Is.EqualTo(1));
    }

    [Test]
    public async Task When_a_request_is_invalid_Then_every_field_error_is_named_and_nothing_is_written()
    {
        var driver = NewCase();
        await driver.ReceiveAsync("AE_18B", Today);

        var error = Assert.ThrowsAsync<ValidationException>(() => driver.SendAsync(new RequestDocuments.Command
        {
            CaseId = driver.CaseId, ExpectedVersion = -1, Items = [], Deadline = default,
        }));

        Assert.That(error!.Errors.Select(e => e.PropertyName), Is.SupersetOf(new[] { "ExpectedVersion", "Items", "Deadline" }));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_events WHERE stream_id = $1", driver.CaseId), Is.EqualTo(1));
    }

    [Test]
    public async Task When_the_role_or_team_does_not_fit_Then_the_command_is_forbidden()
    {
        var driver = NewCase();
        await driver.ReceiveAsync("AE_18B", Today);
        var register = new RegisterCase.Command { CaseId = driver.CaseId, ExpectedVersion = 1 };

        var auditor = Assert.ThrowsAsync<ForbiddenException>(() => driver.SendAsync(register, new Actor("rev-1", Role.Revision, CaseDriver.Team)));
        var otherTeam = Assert.ThrowsAsync<ForbiddenException>(() => driver.SendAsync(register, new Actor("sb-9", Role.Sachbearbeitung, Guid.NewGuid())));

        Assert.That(auditor!.Message, Does.Contain("Revision"));
        Assert.That(otherTeam!.Message, Does.Contain("anderen Team"));
    }

    [Test]
    public async Task When_the_office_of_a_case_is_not_set_up_Then_registration_is_refused_without_spending_a_number()
    {
        var driver = NewCase();
        await driver.SendAsync(new ReceiveApplication.Command
        {
            CaseId = driver.CaseId, ExpectedVersion = 0, PersonId = Guid.NewGuid(), OfficeId = Guid.NewGuid(), TeamId = CaseDriver.Team,
            TitleCode = "AE_18B", Kind = Domain.Cases.ApplicationKind.FirstIssue, Channel = Domain.Cases.ApplicationChannel.Post, ReceivedOn = Today,
        });

        var error = Assert.ThrowsAsync<RuleViolation>(() => driver.SendAsync((id, v) => new RegisterCase.Command { CaseId = id, ExpectedVersion = v }));

        Assert.That(error!.Message, Does.Contain("Behörde"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_events WHERE stream_id = $1", driver.CaseId), Is.EqualTo(1));
    }

    [Test]
    public async Task When_an_unknown_title_is_received_Then_validation_names_it()
    {
        var error = Assert.ThrowsAsync<ValidationException>(() => NewCase().ReceiveAsync("AE_99Z", Today));
        Assert.That(error!.Message, Does.Contain("AE_99Z"));
    }

    private async Task<CaseDriver> CaseReadyForDecisionAsync()
    {
        var d = NewCase();
        await d.ReceiveAsync("NE_9", Today);
        await d.SendAsync((id, v) => new RegisterCase.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new StartCompletenessCheck.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new ConfirmCompleteness.Command { CaseId = id, ExpectedVersion = v });
        await CaseScenarios.CompleteAppearanceAsync(d, Domain.Catalogue.FeeKind.Issue);
        await d.SendAsync((id, v) => new Api.Cases.Participation.DeclareReadyForDecision.Command { CaseId = id, ExpectedVersion = v });
        return d;
    }

    private static async Task<Exception?> Outcome(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception error)
        {
            return error;
        }
    }

    private async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
