using Migrationsverwaltung.EventStore.Daemon;

namespace Migrationsverwaltung.EventStore.Tests;

[NonParallelizable]
public sealed class DaemonFailureTests : DaemonTestBase
{
    [SetUp]
    public async Task CleanProjection()
    {
        await ResetProjectionAsync();
        await ExecuteAsync("UPDATE event_store.mt_events SET is_archived = true"); // earlier tests' events are out of the way
    }

    [Test]
    public async Task Given_a_poison_event_When_the_daemon_applies_it_Then_it_is_retried_parked_as_dead_letter_and_the_rest_goes_on()
    {
        var projection = new CountingProjection { FailOn = e => e.Data is MoneyWithdrawn { Amount: 666 } };
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("A"), new MoneyDeposited(1), new MoneyWithdrawn(666), new MoneyDeposited(2)]);
        await using var daemon = NewDaemon(projection);
        daemon.Start();

        await WaitForCatchUpAsync(daemon);

        Assert.That((await ProjectedCountsAsync())[id], Is.EqualTo(3));
        Assert.That(await ScalarAsync<int>("SELECT attempts FROM event_store.mt_dead_letters WHERE projection_name = 'counting' AND event_type = 'money_withdrawn'"),
            Is.EqualTo(FastOptions.MaxAttemptsPerEvent));
        Assert.That(await ScalarAsync<string>("SELECT error FROM event_store.mt_dead_letters WHERE projection_name = 'counting'"), Does.Contain("poison event"));
        Assert.That((await daemon.StatusAsync()).Single().DeadLetters, Is.EqualTo(1));
    }

    [Test]
    public async Task Given_an_unreadable_event_When_the_daemon_meets_it_Then_it_is_parked_with_the_reason()
    {
        var projection = new CountingProjection();
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("A"), new MoneyDeposited(1)]);
        await ExecuteAsync("UPDATE event_store.mt_events SET type = 'vanished_event' WHERE stream_id = $1 AND version = 2", id);
        await using var daemon = NewDaemon(projection);
        daemon.Start();

        await WaitForCatchUpAsync(daemon);

        Assert.That(await ScalarAsync<string>("SELECT error FROM event_store.mt_dead_letters WHERE projection_name = 'counting'"), Does.Contain("vanished_event"));
        Assert.That((await ProjectedCountsAsync())[id], Is.EqualTo(1));
    }

    [Test]
    public async Task Given_the_stop_policy_When_an_event_fails_Then_the_projection_stops_before_it_and_resumes_after_the_fix()
    {
        var projection = new CountingProjection { FailOn = e => e.Data is MoneyWithdrawn { Amount: 666 } };
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("A"), new MoneyWithdrawn(666), new MoneyDeposited(2)]);
        await using var daemon = NewDaemon(projection, FastOptions with { OnFailure = ProjectionFailurePolicy.Stop });
        daemon.Start();

        var stopped = await WaitForStatusAsync(daemon, s => s.StoppedReason is not null);
        Assert.That(stopped.StoppedReason, Does.Contain("money_withdrawn").And.Contain("poison"));
        Assert.That((await ProjectedCountsAsync())[id], Is.EqualTo(1), "events after the failing one wait");
        Assert.That(stopped.EventsBehind, Is.EqualTo(2));

        projection.FailOn = _ => false;
        await Control.ResumeAsync("counting");

        await WaitForCatchUpAsync(daemon);
        await AssertAppliedExactlyOnceAsync();
    }

    [Test]
    public async Task When_a_projection_is_rebuilt_Then_it_equals_the_incrementally_built_one_also_with_writers_running()
    {
        var projection = new CountingProjection();
        await using var daemon = NewDaemon(projection);
        daemon.Start();
        await new ChaoticWriters(Store, writers: 4, streamsPerWriter: 20, transactionsPerWriter: 60).RunAsync();
        await WaitForCatchUpAsync(daemon);
        var incremental = await ProjectedCountsAsync();
        var batchesBefore = projection.Attempts;

        await Control.RequestRebuildAsync("counting");
        await WaitForCatchUpAsync(daemon);

        Assert.That(await ProjectedCountsAsync(), Is.EquivalentTo(incremental));
        Assert.That(projection.Attempts, Is.GreaterThan(batchesBefore), "the rebuild replayed the events");

        await Control.RequestRebuildAsync("counting");
        await new ChaoticWriters(Store, writers: 4, streamsPerWriter: 20, transactionsPerWriter: 30).RunAsync();
        await WaitForCatchUpAsync(daemon);

        await AssertAppliedExactlyOnceAsync();
    }

    [Test]
    public async Task Given_a_database_restored_into_another_cluster_Then_appends_and_projections_are_refused_until_rebased_and_nothing_is_lost()
    {
        var projection = new CountingProjection();
        await Store.StartStreamAsync(Guid.NewGuid(), "account", [new AccountOpened("before restore")]);
        await using (var before = NewDaemon(projection))
        {
            before.Start();
            await WaitForCatchUpAsync(before);
        }
        // A logical restore keeps the stored transaction ids but lands in a cluster whose ids start low.
        await ExecuteAsync("UPDATE event_store.mt_event_store SET system_identifier = 42");
        await ExecuteAsync("UPDATE event_store.mt_events SET tx_id = tx_id + 1000000000");
        await ExecuteAsync("UPDATE event_store.mt_event_progression SET last_tx_id = last_tx_id + 1000000000 WHERE last_tx_id > 0");
        var restored = new EventStore(DataSource, TestRegistry.Create());

        var refused = Assert.ThrowsAsync<ClusterIdentityMismatchException>(() => restored.StartStreamAsync(Guid.NewGuid(), null, [new AccountOpened("x")]));
        Assert.That(refused!.Message, Does.Contain("re-base"));
        await using (var refusing = NewDaemon(projection, store: restored))
        {
            refusing.Start();
            await Task.Delay(600);
            var status = (await refusing.StatusAsync()).Single();
            Assert.That(status.LedHere, Is.False);
            Assert.That(status.LastError, Does.Contain("ClusterIdentityMismatch"));
        }

        await restored.RebaseToCurrentClusterAsync();
        var after = Guid.NewGuid();
        await restored.StartStreamAsync(after, "account", [new AccountOpened("after restore"), new MoneyDeposited(3)]);
        await using var daemon = NewDaemon(projection, store: restored);
        daemon.Start();

        await WaitForCatchUpAsync(daemon);
        Assert.That((await ProjectedCountsAsync())[after], Is.EqualTo(2));
        Assert.That(await ScalarAsync<long>("SELECT min(tx_id) FROM event_store.mt_events WHERE stream_id = $1", after), Is.GreaterThan(1000000000));
    }

    private static async Task<ProjectionStatus> WaitForStatusAsync(ProjectionDaemon daemon, Func<ProjectionStatus, bool> condition)
    {
        for (var i = 0; i < 400; i++)
        {
            var status = (await daemon.StatusAsync()).Single();
            if (condition(status))
            {
                return status;
            }
            await Task.Delay(25);
        }
        Assert.Fail("status condition not reached");
        return null!;
    }
}
