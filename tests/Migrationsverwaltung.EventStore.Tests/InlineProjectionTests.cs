using Migrationsverwaltung.EventStore.Projections;
using Npgsql;

namespace Migrationsverwaltung.EventStore.Tests;

/// <summary>Balance per account, written in the append's transaction.</summary>
public sealed class BalanceProjection : IProjection
{
    public string Name => "balances";

    public async Task EnsureSchemaAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("CREATE TABLE IF NOT EXISTS balances (id uuid PRIMARY KEY, balance int NOT NULL)", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ApplyAsync(NpgsqlConnection connection, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            var delta = e.Data switch { MoneyDeposited d => d.Amount, MoneyWithdrawn w => -w.Amount, _ => 0 };
            if (delta < -1000)
            {
                throw new InvalidOperationException("limit exceeded");
            }
            await using var command = new NpgsqlCommand(
                "INSERT INTO balances VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET balance = balances.balance + excluded.balance", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = e.StreamId });
            command.Parameters.Add(new NpgsqlParameter { Value = delta });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task ResetAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("TRUNCATE balances", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

public sealed class InlineProjectionTests : StoreTestBase
{
    protected override IEnumerable<IProjection> InlineProjections => [new BalanceProjection()];

    [Test]
    public async Task When_events_are_appended_Then_the_inline_projection_is_readable_right_after_the_append()
    {
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("A"), new MoneyDeposited(50)]);
        await Store.AppendAsync(id, 2, [new MoneyWithdrawn(20)]);

        Assert.That(await ScalarAsync<int>("SELECT balance FROM balances WHERE id = $1", id), Is.EqualTo(30));
    }

    [Test]
    public async Task When_the_inline_projection_fails_Then_the_events_are_not_written_either()
    {
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("A")]);

        Assert.ThrowsAsync<InvalidOperationException>(() => Store.AppendAsync(id, 1, [new MoneyWithdrawn(5000)]));

        Assert.That(await Store.ReadStreamAsync(id), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task When_a_command_writes_further_rows_after_the_append_Then_they_commit_with_the_events()
    {
        await ExecuteAsync("CREATE TABLE IF NOT EXISTS access_log (stream_id uuid, seq_id bigint)");
        var id = Guid.NewGuid();
        await using (var session = await Store.OpenSessionAsync())
        {
            session.StartStream(id, "account", new AccountOpened("A"));
            session.AfterAppend(async (connection, written, ct) =>
            {
                await using var command = new NpgsqlCommand("INSERT INTO access_log VALUES ($1, $2)", connection);
                command.Parameters.Add(new NpgsqlParameter { Value = id });
                command.Parameters.Add(new NpgsqlParameter { Value = written[0].SeqId });
                await command.ExecuteNonQueryAsync(ct);
            });
            await session.SaveChangesAsync();
        }

        Assert.That(await ScalarAsync<long>("SELECT seq_id FROM access_log WHERE stream_id = $1", id),
            Is.EqualTo(await ScalarAsync<long>("SELECT seq_id FROM event_store.mt_events WHERE stream_id = $1", id)));
    }
}
