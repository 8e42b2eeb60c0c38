using Migrationsverwaltung.EventStore.Daemon;
using Migrationsverwaltung.EventStore.Projections;
using Npgsql;

namespace Migrationsverwaltung.EventStore.Tests;

public abstract class DaemonTestBase : StoreTestBase
{
    protected static readonly DaemonOptions FastOptions = new()
    {
        BatchSize = 200,
        MinPollInterval = TimeSpan.FromMilliseconds(10),
        MaxPollInterval = TimeSpan.FromMilliseconds(200),
        LeaderPollInterval = TimeSpan.FromMilliseconds(250),
        RetryDelay = TimeSpan.FromMilliseconds(10),
    };

    protected ProjectionDaemon NewDaemon(IProjection projection, DaemonOptions? options = null, EventStore? store = null) =>
        new(store ?? Store, ConnectionString, [projection], options ?? FastOptions);

    protected ProjectionControl Control => new(Store);

    /// <summary>The truth: committed, visible events per stream.</summary>
    protected async Task<Dictionary<Guid, long>> CommittedCountsAsync() =>
        await ReadCountsAsync("SELECT stream_id, count(*) FROM event_store.mt_events WHERE NOT is_archived GROUP BY stream_id");

    protected async Task<Dictionary<Guid, long>> ProjectedCountsAsync(string projection = "counting") =>
        await ReadCountsAsync($"SELECT stream_id, n FROM {projection}_counts");

    protected async Task AssertAppliedExactlyOnceAsync(string projection = "counting")
    {
        Assert.That(await ProjectedCountsAsync(projection), Is.EquivalentTo(await CommittedCountsAsync()), "events per stream");
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM {projection}_applied WHERE times <> 1"), Is.Zero, "events applied twice");
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM {projection}_applied"),
            Is.EqualTo(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_events WHERE NOT is_archived")), "events applied");
    }

    protected async Task WaitForCatchUpAsync(ProjectionDaemon daemon, string projection = "counting", int seconds = 60)
    {
        if (!await Control.WaitForCatchUpAsync([projection], TimeSpan.FromSeconds(seconds)))
        {
            var deadLetter = await ScalarAsync<string?>("SELECT min(error) FROM event_store.mt_dead_letters WHERE projection_name = $1", projection);
            Assert.Fail($"{projection} did not catch up in {seconds} s: {string.Join("; ", await daemon.StatusAsync())}; first dead letter: {deadLetter}");
        }
    }

    private async Task<Dictionary<Guid, long>> ReadCountsAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<Guid, long>();
        while (await reader.ReadAsync())
        {
            counts[reader.GetGuid(0)] = reader.GetInt64(1);
        }
        return counts;
    }

    protected async Task ResetProjectionAsync(string projection = "counting")
    {
        await ExecuteAsync($"DROP TABLE IF EXISTS {projection}_counts, {projection}_applied");
        await ExecuteAsync("DELETE FROM event_store.mt_event_progression WHERE name = $1", projection);
        await ExecuteAsync("DELETE FROM event_store.mt_dead_letters WHERE projection_name = $1", projection);
    }
}

/// <summary>
/// Writers that provoke what makes naive daemons skip events: concurrent transactions on many streams,
/// about 10% rolled back after inserting (sequence gaps), and commits delayed so commit order differs
/// from sequence order.
/// </summary>
public sealed class ChaoticWriters(EventStore store, int writers, int streamsPerWriter, int transactionsPerWriter)
{
    public int Committed;
    public int RolledBack;

    public Task RunAsync(CancellationToken cancellationToken = default) =>
        Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => WriteAsync(w, cancellationToken), cancellationToken)));

    private async Task WriteAsync(int writer, CancellationToken cancellationToken)
    {
        var random = new Random(writer * 7919);
        var streams = Enumerable.Range(0, streamsPerWriter).Select(_ => Guid.NewGuid()).ToArray();
        var versions = new long[streamsPerWriter];
        for (var i = 0; i < transactionsPerWriter && !cancellationToken.IsCancellationRequested; i++)
        {
            var s = random.Next(streamsPerWriter);
            var events = Enumerable.Range(0, 1 + random.Next(3)).Select(n => (object)new MoneyDeposited(n)).ToArray();
            await using var session = await store.OpenSessionAsync(cancellationToken: cancellationToken);
            session.Append(streams[s], versions[s], events);
            await session.FlushAsync(cancellationToken);
            var roll = random.Next(100);
            if (roll < 10)
            {
                Interlocked.Increment(ref RolledBack);
                continue; // disposed without commit: the sequence values are gone, a gap remains
            }
            if (roll < 30)
            {
                await Task.Delay(random.Next(5, 60), cancellationToken);
            }
            await session.CommitAsync(cancellationToken);
            versions[s] += events.Length;
            Interlocked.Increment(ref Committed);
        }
    }
}
