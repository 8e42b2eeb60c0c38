using Npgsql;

namespace Migrationsverwaltung.EventStore.Tests;

[NonParallelizable]
public sealed class DaemonCorrectnessTests : DaemonTestBase
{
    [SetUp]
    public Task CleanProjection() => ResetProjectionAsync();

    [Test]
    public async Task Given_8_chaotic_writers_When_the_daemon_runs_alongside_Then_no_event_is_skipped_or_applied_twice()
    {
        var projection = new CountingProjection();
        await using var daemon = NewDaemon(projection);
        daemon.Start();
        var writers = new ChaoticWriters(Store, writers: 8, streamsPerWriter: 25, transactionsPerWriter: 150);

        await writers.RunAsync();

        await WaitForCatchUpAsync(daemon);
        await AssertAppliedExactlyOnceAsync();
        Assert.That(writers.RolledBack, Is.GreaterThan(50), "the run must contain rolled-back transactions");
        TestContext.Out.WriteLine($"committed {writers.Committed}, rolled back {writers.RolledBack}");
    }

    [Test]
    public async Task Given_chaotic_writers_When_the_daemon_is_stopped_and_restarted_mid_run_Then_nothing_is_lost_or_doubled()
    {
        var projection = new CountingProjection();
        var writers = new ChaoticWriters(Store, writers: 8, streamsPerWriter: 25, transactionsPerWriter: 150);
        var writing = writers.RunAsync();
        var first = NewDaemon(projection);
        first.Start();
        await Task.Delay(700);
        await first.StopAsync();
        await Task.Delay(300);
        await using var second = NewDaemon(projection);
        second.Start();

        await writing;

        await WaitForCatchUpAsync(second);
        await AssertAppliedExactlyOnceAsync();
    }

    [Test]
    public async Task Given_a_long_write_transaction_in_another_database_Then_the_projection_lags_names_the_blocker_and_catches_up_after_it_ends()
    {
        var otherDatabase = await Testing.TestCluster.CreateDatabaseAsync("blocker");
        try
        {
            await using var blocker = new NpgsqlConnection(otherDatabase);
            await blocker.OpenAsync();
            await using var blockingTransaction = await blocker.BeginTransactionAsync();
            await using (var write = new NpgsqlCommand("CREATE TABLE hold (x int); INSERT INTO hold VALUES (1)", blocker))
            {
                await write.ExecuteNonQueryAsync();
            }
            var projection = new CountingProjection();
            await using var daemon = NewDaemon(projection);
            daemon.Start();

            await new ChaoticWriters(Store, writers: 4, streamsPerWriter: 10, transactionsPerWriter: 40).RunAsync();
            // The oldest open transaction cluster-wide is named; another test assembly's short write may be older for a moment.
            var status = (await daemon.StatusAsync()).Single();
            for (var i = 0; i < 150 && status.BlockingBackend?.Pid != blocker.ProcessID; i++)
            {
                await Task.Delay(100);
                status = (await daemon.StatusAsync()).Single();
            }
            Assert.That(status.CaughtUp, Is.False, "events behind the open transaction must wait");
            Assert.That(status.HeldBackByOpenTransaction, Is.GreaterThan(0));
            Assert.That(status.BlockingBackend!.Pid, Is.EqualTo(blocker.ProcessID));
            Assert.That(status.BlockingBackend.Database, Is.EqualTo(new NpgsqlConnectionStringBuilder(otherDatabase).Database));

            await blockingTransaction.CommitAsync();

            await WaitForCatchUpAsync(daemon);
            await AssertAppliedExactlyOnceAsync();
        }
        finally
        {
            await Testing.TestCluster.DropDatabaseAsync(otherDatabase);
        }
    }
}
