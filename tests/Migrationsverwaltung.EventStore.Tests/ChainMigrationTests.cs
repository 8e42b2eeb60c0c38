using Migrationsverwaltung.EventStore.Schema;

namespace Migrationsverwaltung.EventStore.Tests;

public sealed class ChainMigrationTests : StoreTestBase
{
    [Test]
    public async Task Given_events_written_before_the_hash_chain_existed_When_the_schema_is_migrated_Then_they_are_chained_and_appends_continue_the_chains()
    {
        const string schema = "before_chain";
        var options = new EventStoreOptions { Schema = schema };
        var firstTwo = Migrations.All.Take(2).Select(m => new SqlMigration(m.Version, m.Description, m.Sql)).ToList();
        await new VersionedSchema(DataSource, schema, "mt_schema_migrations", firstTwo).MigrateAsync();
        var old = new EventStore(DataSource, PersonalTestRegistry.Create(), options with { HashChainOffForBenchmark = true });
        var (account, other) = (Guid.NewGuid(), Guid.NewGuid());
        await old.StartStreamAsync(account, "account", [new AccountOpened("alt"), new MoneyDeposited(1)]);
        await old.StartStreamAsync(other, "account", [new AccountOpened("anders")]);
        await old.AppendAsync(account, 2, [new MoneyDeposited(2), new MoneyWithdrawn(1)]);
        await old.AppendAsync(other, 1, [new MoneyDeposited(3)]);

        var store = new EventStore(DataSource, PersonalTestRegistry.Create(), options);
        await store.InitializeAsync();
        await store.AppendAsync(account, 4, [new MoneyDeposited(4)]);
        var verification = await store.VerifyChainsAsync();

        Assert.That(verification.BrokenLinks, Is.Empty);
        Assert.That((verification.Streams, verification.Events), Is.EqualTo((2L, 7L)));
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM {schema}.mt_events WHERE hash IS NULL"), Is.Zero);
        Assert.That(await ScalarAsync<long>($"SELECT count(DISTINCT hash) FROM {schema}.mt_events"), Is.EqualTo(7));
    }
}
