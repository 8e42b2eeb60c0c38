using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Migrationsverwaltung.Api.Cases.Intake;
using Migrationsverwaltung.Api.Cases.Lifecycle;
using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Api.Status;
using Migrationsverwaltung.Api.Tests.Cases;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Status;

/// <summary>What the lookup leaves behind: audit rows and log lines without the token, and a projection that rebuilds to the same rows.</summary>
public sealed class StatusLookupRecordsTests : ApiTestBase
{
    private StatusHost _host = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _host = await StatusHost.StartAsync(Api, permitsPerMinute: 100_000);
        await CaseDriver.EstablishOfficeAsync(_host.Services);
    }

    [Test]
    public async Task When_tokens_are_looked_up_Then_each_lookup_is_recorded_and_logged_without_the_token()
    {
        var (_, token, _) = await StatusCases.RegisterAsync(_host);
        var neverIssued = StatusTokens.Create();
        var before = await LookupRowsAsync();

        (await _host.LookUpAsync(token)).Dispose();
        (await _host.LookUpAsync(neverIssued)).Dispose();
        (await _host.LookUpAsync("'; DELETE FROM app.status_lookups; --")).Dispose();
        var rows = await WaitForLookupRowsAsync(before.Count + 3);

        var added = rows.Skip(before.Count).ToList();
        Assert.That(added.Select(r => r.Found), Is.EqualTo(new[] { true, false, false }));
        Assert.That(added.Select(r => r.ClientNetwork), Is.All.EqualTo(ClientAddress.Unknown), "the test server has no remote address");
        var secrets = new[] { token, Compact(token), StatusTokens.HashOf(token)!, neverIssued, Compact(neverIssued), StatusTokens.HashOf(neverIssued)! };
        foreach (var line in _host.Logs.Lines.Where(l => secrets.Any(s => l.Message.Contains(s, StringComparison.OrdinalIgnoreCase))))
        {
            TestContext.Out.WriteLine($"LEAK {line.Category} {line.Level}: {line.Message}");
        }
        foreach (var secret in secrets)
        {
            Assert.That(rows.Select(r => r.Json), Has.None.Contains(secret).IgnoreCase, "audit rows");
            Assert.That(_host.Logs.Lines.Select(l => $"{l.Category}: {l.Message}"), Has.None.Contains(secret).IgnoreCase, "log lines");
        }
        Assert.That(_host.Logs.Lines.Count(l => l.Level == LogLevel.Debug && l.Message.StartsWith("Public status lookup from", StringComparison.Ordinal)),
            Is.GreaterThanOrEqualTo(3));
    }

    [Test]
    public async Task When_someone_tries_to_change_the_lookup_log_Then_the_database_refuses()
    {
        (await _host.LookUpAsync(StatusTokens.Create())).Dispose();
        await WaitForLookupRowsAsync(1);

        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        foreach (var sql in new[] { "UPDATE app.status_lookups SET found = true", "DELETE FROM app.status_lookups", "TRUNCATE app.status_lookups" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync(), sql);
        }
    }

    [Test]
    public async Task When_the_projection_is_rebuilt_from_zero_Then_it_equals_the_incremental_state()
    {
        await ProduceVariedCasesAsync();
        var incremental = await PublicStatusRowsAsync();
        var projection = _host.Services.GetServices<ProjectionRegistration>().Single(r => r.Projection.Name == "public_status").Projection;
        var store = _host.Services.GetRequiredService<EventStore.EventStore>();

        await using (var connection = new NpgsqlConnection(Database))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await projection.ResetAsync(connection, CancellationToken.None);
            Assert.That(await CountAsync(connection), Is.Zero, "reset empties the table");
            foreach (var stream in await StreamIdsAsync(connection))
            {
                await projection.ApplyAsync(connection, await store.ReadStreamAsync(stream), CancellationToken.None);
            }
            await transaction.CommitAsync();
        }

        Assert.That(incremental, Has.Count.GreaterThanOrEqualTo(6));
        Assert.That(await PublicStatusRowsAsync(), Is.EqualTo(incremental));
    }

    /// <summary>Registered, in documents, parked, reissued, withdrawn, handed over: every column of the table gets a value somewhere.</summary>
    private async Task ProduceVariedCasesAsync()
    {
        await StatusCases.RegisterAsync(_host);
        var steps = StatusCases.ToHandover(_host);
        var (documents, _, _) = await StatusCases.RegisterAsync(_host);
        await steps[0].Run(documents);
        await steps[1].Run(documents);
        var (parked, _, _) = await StatusCases.RegisterAsync(_host);
        await steps[0].Run(parked);
        await steps[1].Run(parked);
        await steps[2].Run(parked);
        var (reissued, _, _) = await StatusCases.RegisterAsync(_host);
        await reissued.SendAsync((id, v) => new ReissueStatusToken.Command { CaseId = id, ExpectedVersion = v });
        var (withdrawn, _, _) = await StatusCases.RegisterAsync(_host);
        await withdrawn.SendAsync((id, v) => new Withdraw.Command { CaseId = id, ExpectedVersion = v });
        var (handedOver, _) = await StatusCases.HandedOverAsync(_host);
        await steps[^1].Run(handedOver);
    }

    private static string Compact(string token) => token.Replace("-", "", StringComparison.Ordinal);

    private sealed record LookupRow(long Id, bool Found, string ClientNetwork, string Json);

    private async Task<List<LookupRow>> LookupRowsAsync()
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, found, client_network, row_to_json(l)::text FROM app.status_lookups l ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<LookupRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new LookupRow(reader.GetInt64(0), reader.GetBoolean(1), reader.GetString(2), reader.GetString(3)));
        }
        return rows;
    }

    /// <summary>The writer flushes every second; give it a few.</summary>
    private async Task<List<LookupRow>> WaitForLookupRowsAsync(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var rows = await LookupRowsAsync();
            if (rows.Count >= count || DateTime.UtcNow > deadline)
            {
                Assert.That(rows, Has.Count.GreaterThanOrEqualTo(count), "lookups written to app.status_lookups");
                return rows;
            }
            await Task.Delay(200);
        }
    }

    private async Task<List<string>> PublicStatusRowsAsync()
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT row_to_json(p)::text FROM app.public_status p ORDER BY case_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM app.public_status", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<Guid>> StreamIdsAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT id FROM event_store.mt_streams ORDER BY created, id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids;
    }
}
