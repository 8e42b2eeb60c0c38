using Migrationsverwaltung.EventStore.Importing;

namespace Migrationsverwaltung.EventStore.Tests;

/// <summary>
/// A bulk import may apply async projections in its own transaction (BulkImportOptions.AsyncProjections), but only
/// where the daemon would have built the same: afterwards every event is applied exactly once, whether the import
/// applied the projection or left it to the daemon.
/// </summary>
public sealed class BulkImportCatchUpTests : DaemonTestBase
{
    private static readonly DateTimeOffset Then = new(2023, 5, 4, 9, 30, 0, TimeSpan.Zero);

    private static List<ImportedStream> Accounts(int count) => Enumerable.Range(0, count).Select(i => new ImportedStream(Guid.NewGuid(), "account",
        [new ImportedEvent(new AccountOpened($"A{i}"), Then), .. Enumerable.Range(1, i % 5).Select(n => new ImportedEvent(new MoneyDeposited(n), Then.AddDays(n)))])).ToList();

    /// <summary>The projection's daemon run until it has applied everything so far, then stopped (its leader lock freed).</summary>
    private async Task CatchUpAndStopAsync(CountingProjection projection)
    {
        await using var daemon = NewDaemon(projection);
        daemon.Start();
        await WaitForCatchUpAsync(daemon, projection.Name);
    }

    /// <summary>A transaction with a transaction id: it could still append events that sort before a later import's.</summary>
    private static async Task<Npgsql.NpgsqlTransaction> BeginWritingTransactionAsync(Npgsql.NpgsqlConnection connection)
    {
        var transaction = await connection.BeginTransactionAsync();
        await using var takeXid = new Npgsql.NpgsqlCommand("SELECT pg_current_xact_id()", connection, transaction);
        await takeXid.ExecuteScalarAsync();
        return transaction;
    }

    [Test]
    public async Task Given_a_caught_up_projection_and_no_daemon_When_importing_Then_the_import_applies_it_and_the_daemon_goes_on_after_the_import()
    {
        var projection = new CountingProjection("catchup_applied");
        await Store.StartStreamAsync(Guid.NewGuid(), "account", [new AccountOpened("before")]);
        await CatchUpAndStopAsync(projection);

        var first = await Store.BulkImportAsync(Accounts(120), new BulkImportOptions { AsyncProjections = [projection] });
        var second = await Store.BulkImportAsync(Accounts(80), new BulkImportOptions { AsyncProjections = [projection] });
        var attemptsByImports = projection.Attempts;
        await AssertAppliedExactlyOnceAsync(projection.Name);

        await Store.StartStreamAsync(Guid.NewGuid(), "account", [new AccountOpened("after")]);
        await CatchUpAndStopAsync(projection);

        Assert.That(first.AppliedAsyncProjections, Is.EqualTo(new[] { projection.Name }));
        Assert.That(second.AppliedAsyncProjections, Is.EqualTo(new[] { projection.Name }));
        Assert.That(projection.Attempts - attemptsByImports, Is.EqualTo(1), "the daemon applied only the event after the imports");
        await AssertAppliedExactlyOnceAsync(projection.Name);
    }

    [Test]
    public async Task Given_events_the_projection_has_not_applied_yet_When_importing_Then_the_import_leaves_it_to_the_daemon()
    {
        var projection = new CountingProjection("catchup_behind");
        await CatchUpAndStopAsync(projection);
        await Store.StartStreamAsync(Guid.NewGuid(), "account", [new AccountOpened("not applied yet")]);

        var result = await Store.BulkImportAsync(Accounts(50), new BulkImportOptions { AsyncProjections = [projection] });
        await CatchUpAndStopAsync(projection);

        Assert.That(result.AppliedAsyncProjections, Is.Empty);
        await AssertAppliedExactlyOnceAsync(projection.Name);
    }

    [Test]
    public async Task Given_a_daemon_leads_the_projection_When_importing_Then_the_import_leaves_it_to_the_daemon()
    {
        var projection = new CountingProjection("catchup_led");
        await using var daemon = NewDaemon(projection);
        daemon.Start();
        await WaitForCatchUpAsync(daemon, projection.Name);

        var result = await Store.BulkImportAsync(Accounts(50), new BulkImportOptions { AsyncProjections = [projection] });
        await WaitForCatchUpAsync(daemon, projection.Name);

        Assert.That(daemon.Leads(projection.Name), Is.True);
        Assert.That(result.AppliedAsyncProjections, Is.Empty);
        await AssertAppliedExactlyOnceAsync(projection.Name);
    }

    [Test]
    public async Task Given_an_older_transaction_still_running_When_importing_Then_the_import_leaves_the_projection_to_the_daemon()
    {
        var projection = new CountingProjection("catchup_older_running");
        await CatchUpAndStopAsync(projection);
        await using var older = await DataSource.OpenConnectionAsync();
        await using var olderTransaction = await BeginWritingTransactionAsync(older);

        var result = await Store.BulkImportAsync(Accounts(30),
            new BulkImportOptions { AsyncProjections = [projection], OlderTransactionsWait = TimeSpan.FromMilliseconds(300) });
        await olderTransaction.RollbackAsync();
        await CatchUpAndStopAsync(projection);

        Assert.That(result.AppliedAsyncProjections, Is.Empty);
        await AssertAppliedExactlyOnceAsync(projection.Name);
    }

    [Test]
    public async Task Given_an_older_transaction_that_ends_while_the_import_waits_When_importing_Then_the_import_applies_the_projection()
    {
        var projection = new CountingProjection("catchup_older_ends");
        await CatchUpAndStopAsync(projection);
        await using var older = await DataSource.OpenConnectionAsync();
        await using var olderTransaction = await BeginWritingTransactionAsync(older);

        var import = Store.BulkImportAsync(Accounts(30),
            new BulkImportOptions { AsyncProjections = [projection], OlderTransactionsWait = TimeSpan.FromSeconds(30) });
        await Task.Delay(300);
        Assert.That(import.IsCompleted, Is.False, "the import waits while the older transaction runs");
        await olderTransaction.CommitAsync();
        var result = await import;

        Assert.That(result.AppliedAsyncProjections, Is.EqualTo(new[] { projection.Name }));
        await AssertAppliedExactlyOnceAsync(projection.Name);
    }
}
