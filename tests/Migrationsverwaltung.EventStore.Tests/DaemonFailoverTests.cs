using System.Diagnostics;
using Migrationsverwaltung.EventStore.Daemon;

namespace Migrationsverwaltung.EventStore.Tests;

[NonParallelizable]
public sealed class DaemonFailoverTests : DaemonTestBase
{
    [SetUp]
    public Task CleanProjection() => ResetProjectionAsync();

    [Test]
    public async Task Given_two_instances_When_the_leader_is_killed_mid_batch_Then_the_other_takes_over_and_nothing_is_applied_twice()
    {
        for (var i = 0; i < 40; i++)
        {
            await Store.StartStreamAsync(Guid.NewGuid(), "account", Enumerable.Range(0, 25).Select(n => (object)new MoneyDeposited(n)).ToArray());
        }
        var slow = FastOptions with { BatchSize = 100 };
        var projection = new CountingProjection { SleepSecondsPerBatch = 0.3 };
        var a = NewDaemon(projection, slow with { InstanceName = "a" });
        await using var b = NewDaemon(projection, slow with { InstanceName = "b" });
        a.Start();
        await WaitUntilAsync(() => a.Leads("counting"), "instance a leads");
        b.Start();
        await WaitUntilAsync(async () => await ScalarAsync<long>("SELECT count(*) FROM counting_applied") > 0, "a applied a batch");
        await WaitUntilAsync(async () => await ScalarAsync<long>(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'mvw-daemon:a:counting' AND state = 'active' AND query LIKE '%pg_sleep%'") > 0,
            "a is inside a batch");
        Assert.That(b.Leads("counting"), Is.False, "only one instance may lead");

        var killedAt = Stopwatch.StartNew();
        await ExecuteAsync("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE 'mvw-daemon:a:%'");
        var stopA = a.StopAsync(); // the dead instance does not come back
        await WaitUntilAsync(() => b.Leads("counting"), "instance b takes over", seconds: 30);
        var takeover = killedAt.Elapsed;
        await stopA;

        await WaitForCatchUpAsync(b);
        await AssertAppliedExactlyOnceAsync();
        TestContext.Out.WriteLine($"TAKEOVER {takeover.TotalMilliseconds:0} ms");
        Assert.That(takeover, Is.LessThan(TimeSpan.FromSeconds(10)), "takeover goal");
    }

    [Test]
    public async Task Given_a_checkpoint_moved_by_another_leader_When_an_old_batch_commits_Then_it_is_rolled_back()
    {
        await Store.StartStreamAsync(Guid.NewGuid(), "account", [new AccountOpened("A")]);
        var checkpoints = new Checkpoints(Store.Options);
        await using var connection = await DataSource.OpenConnectionAsync();
        await checkpoints.EnsureAsync(connection, "counting", CancellationToken.None);
        await checkpoints.AdvanceAsync(connection, "counting", Position.Start, new Position(5, 5), CancellationToken.None); // new leader

        await using var transaction = await connection.BeginTransactionAsync();
        Assert.ThrowsAsync<LostLeadershipException>(() =>
            checkpoints.AdvanceAsync(connection, "counting", Position.Start, new Position(3, 3), CancellationToken.None)); // old leader's batch
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"timed out waiting until {what}");
            }
            await Task.Delay(20);
        }
    }

    private static Task WaitUntilAsync(Func<bool> condition, string what, int seconds = 20) =>
        WaitUntilAsync(() => Task.FromResult(condition()), what, seconds);
}
