using System.Collections.Concurrent;

namespace Migrationsverwaltung.EventStore.Tests;

public sealed class ConcurrentWritersTests : StoreTestBase
{
    [Test]
    public async Task When_50_writers_append_to_one_stream_with_expected_versions_Then_versions_have_no_holes_and_every_acknowledged_event_is_there_once()
    {
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("shared")]);
        var acknowledged = new ConcurrentBag<Guid>();
        var losers = new ConcurrentBag<ConcurrencyException>();
        var otherErrors = new ConcurrentBag<Exception>();
        using var start = new ManualResetEventSlim();

        var writers = Enumerable.Range(0, 50).Select(writer => Task.Run(async () =>
        {
            start.Wait();
            for (var attempt = 0; attempt < 4; attempt++)
            {
                try
                {
                    await using var session = await Store.OpenSessionAsync();
                    var state = await session.FetchForWritingAsync(id, Account.Initial, Account.Evolve);
                    session.Append(id, state!.Version, new MoneyDeposited(writer * 10 + attempt));
                    var written = await session.SaveChangesAsync();
                    acknowledged.Add(written.Single().Id);
                }
                catch (ConcurrencyException error)
                {
                    losers.Add(error);
                }
                catch (Exception error)
                {
                    otherErrors.Add(error);
                }
            }
        })).ToArray();
        start.Set();
        await Task.WhenAll(writers);

        Assert.That(otherErrors, Is.Empty, string.Join("\n", otherErrors.Select(e => e.ToString())));
        var events = await Store.ReadStreamAsync(id);
        Assert.That(events.Select(e => e.Version), Is.EqualTo(Enumerable.Range(1, events.Count).Select(v => (long)v)));
        Assert.That(events.Skip(1).Select(e => e.Id), Is.EquivalentTo(acknowledged));
        Assert.That(acknowledged.Count + losers.Count, Is.EqualTo(200));
        Assert.That(losers, Is.Not.Empty, "with 50 writers some must have lost a race");
        Assert.That(losers.All(l => l.StreamId == id && l.ActualVersion > l.ExpectedVersion), Is.True);
        TestContext.Out.WriteLine($"{acknowledged.Count} appends acknowledged, {losers.Count} concurrency errors");
    }

    [Test]
    public async Task When_exclusive_writers_append_to_one_stream_Then_none_of_them_loses()
    {
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("exclusive")]);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(writer => Task.Run(async () =>
        {
            await using var session = await Store.OpenSessionAsync();
            var state = await session.FetchForExclusiveWritingAsync(id, Account.Initial, Account.Evolve);
            session.Append(id, state!.Version, new MoneyDeposited(writer));
            await session.SaveChangesAsync();
        })));

        var account = await Store.AggregateStreamAsync(id, Account.Initial, Account.Evolve);
        Assert.That(account!.Version, Is.EqualTo(21));
        Assert.That(account.State.Balance, Is.EqualTo(Enumerable.Range(0, 20).Sum()));
    }

    [Test]
    public async Task When_the_stream_lock_is_held_longer_than_the_timeout_Then_the_exclusive_writer_gets_a_lock_timeout()
    {
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("locked")]);
        var impatient = new EventStore(DataSource, TestRegistry.Create(), new EventStoreOptions { ExclusiveLockTimeout = TimeSpan.FromMilliseconds(200) });
        await using var holder = await Store.OpenSessionAsync();
        await holder.FetchForExclusiveWritingAsync(id, Account.Initial, Account.Evolve);

        await using var waiter = await impatient.OpenSessionAsync();
        var error = Assert.ThrowsAsync<StreamLockTimeoutException>(() => waiter.FetchForExclusiveWritingAsync(id, Account.Initial, Account.Evolve));

        Assert.That(error!.Message, Does.Contain(id.ToString()).And.Contain("200 ms"));
    }

    [Test]
    public async Task When_a_transaction_has_already_written_Then_loading_a_stream_for_writing_is_refused()
    {
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("A")]);
        await using var session = await Store.OpenSessionAsync();
        await using (var write = new Npgsql.NpgsqlCommand("CREATE TEMP TABLE scratch (x int); INSERT INTO scratch VALUES (1)", session.Connection))
        {
            await write.ExecuteNonQueryAsync();
        }

        var error = Assert.ThrowsAsync<TransactionAlreadyWroteException>(() => session.FetchForWritingAsync(id, Account.Initial, Account.Evolve));

        Assert.That(error!.Message, Does.Contain("reads first and writes last"));
    }
}
