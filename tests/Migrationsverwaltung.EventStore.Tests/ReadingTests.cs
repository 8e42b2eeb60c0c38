using Migrationsverwaltung.EventStore.Serialization;

namespace Migrationsverwaltung.EventStore.Tests;

public sealed class ReadingTests : StoreTestBase
{
    [Test]
    public async Task When_aggregating_up_to_a_version_Then_state_is_as_of_that_version()
    {
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("A"), new MoneyDeposited(10), new MoneyDeposited(20), new MoneyWithdrawn(5)]);

        var asOfTwo = await Store.AggregateStreamAsync(id, Account.Initial, Account.Evolve, new ReadOptions { ToVersion = 2 });
        var now = await Store.AggregateStreamAsync(id, Account.Initial, Account.Evolve);

        Assert.That((asOfTwo!.Version, asOfTwo.State.Balance), Is.EqualTo((2L, 10)));
        Assert.That((now!.Version, now.State.Balance), Is.EqualTo((4L, 25)));
    }

    [Test]
    public async Task When_aggregating_up_to_a_point_in_time_Then_later_transactions_are_left_out()
    {
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("A"), new MoneyDeposited(10)]);
        var between = await ScalarAsync<DateTime>("SELECT clock_timestamp()");
        await Task.Delay(20);
        await Store.AppendAsync(id, 2, [new MoneyDeposited(100)]);

        var then = await Store.AggregateStreamAsync(id, Account.Initial, Account.Evolve, new ReadOptions { ToTimestamp = new DateTimeOffset(between, TimeSpan.Zero) });

        Assert.That((then!.Version, then.State.Balance), Is.EqualTo((2L, 10)));
    }

    [Test]
    public async Task When_a_row_has_an_unknown_alias_Then_reading_fails_naming_the_alias_and_the_event()
    {
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("A")]);
        await ExecuteAsync("UPDATE event_store.mt_events SET type = 'gone_event' WHERE stream_id = $1", id);

        var error = Assert.ThrowsAsync<UnknownEventTypeException>(() => Store.ReadStreamAsync(id));

        Assert.That(error!.Message, Does.Contain("'gone_event'"));
        Assert.That(error.Alias, Is.EqualTo("gone_event"));
    }

    [TestCase("{\"amount\": \"many\"}")]
    [TestCase("[1, 2]")]
    [TestCase("null")]
    [TestCase("{}")]
    public async Task When_a_row_holds_json_that_does_not_fit_the_event_Then_reading_fails_naming_the_event(string json)
    {
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new MoneyDeposited(1)]);
        var seqId = await ScalarAsync<long>("UPDATE event_store.mt_events SET data = $2::jsonb WHERE stream_id = $1 RETURNING seq_id", id, json);

        var error = Assert.ThrowsAsync<EventDeserializationException>(() => Store.ReadStreamAsync(id));

        Assert.That(error!.SeqId, Is.EqualTo(seqId));
        Assert.That(error.Message, Does.Contain("money_deposited"));
    }

    [Test]
    public async Task When_an_old_alias_has_an_upcaster_Then_old_events_are_read_as_current_ones()
    {
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new MoneyDeposited(1)]);
        await ExecuteAsync("UPDATE event_store.mt_events SET type = 'cash_paid_in', data = '{\"cents\": 700}' WHERE stream_id = $1", id);
        var registry = TestRegistry.Create().Upcast("cash_paid_in", json => new MoneyDeposited((int)json["cents"]! / 100));
        var upcasting = new EventStore(DataSource, registry);

        var events = await upcasting.ReadStreamAsync(id);

        Assert.That(events.Single().Data, Is.EqualTo(new MoneyDeposited(7)));
    }

    [Test]
    public void When_an_alias_is_not_snake_case_Then_registration_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new EventTypeRegistry().Register<Payload>("PayloadV1"));
        Assert.Throws<ArgumentException>(() => new EventTypeRegistry().Register<Payload>("payload").Register<MoneyDeposited>("payload"));
    }

    [Test]
    public async Task When_the_schema_is_migrated_again_and_concurrently_Then_nothing_changes()
    {
        var migrator = new Schema.SchemaMigrator(DataSource, Store.Options);
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => migrator.MigrateAsync()));

        Assert.That(results.SelectMany(r => r), Is.Empty);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_schema_migrations"), Is.EqualTo(Schema.SchemaMigrator.LatestVersion));
    }
}
