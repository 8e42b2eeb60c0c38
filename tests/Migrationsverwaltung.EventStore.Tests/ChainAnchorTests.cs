using Migrationsverwaltung.EventStore.Chain;

namespace Migrationsverwaltung.EventStore.Tests;

/// <summary>Each test has its own store schema, so anchors and whole-store verifications see only its streams.</summary>
public sealed class ChainAnchorTests : StoreTestBase
{
    private async Task<EventStore> OwnStoreAsync(string schema)
    {
        var store = new EventStore(DataSource, TestRegistry.Create(), new EventStoreOptions { Schema = schema });
        await store.InitializeAsync();
        return store;
    }

    private static async Task<List<Guid>> StreamsAsync(EventStore store, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid();
            await store.StartStreamAsync(id, "account", [new AccountOpened($"owner {i}"), new MoneyDeposited(i)]);
            await store.AppendAsync(id, 2, [new MoneyDeposited(i + 1)]);
            ids.Add(id);
        }
        return ids;
    }

    private static async Task<(ChainAnchor Anchor, IReadOnlyList<StreamHead> Heads)> ExportAndReadAsync(EventStore store, ChainAnchor anchor)
    {
        using var file = new MemoryStream();
        await store.ExportAnchorAsync(anchor, file);
        file.Position = 0;
        return await AnchorExport.ReadAsync(file);
    }

    [Test]
    public async Task Given_many_streams_with_two_broken_When_all_are_verified_in_small_parallel_batches_Then_exactly_those_two_are_reported()
    {
        var store = await OwnStoreAsync("chain_all");
        var ids = await StreamsAsync(store, 40);
        await ExecuteAsync("UPDATE chain_all.mt_events SET data = '{\"amount\": 99}' WHERE stream_id = $1 AND version = 2", ids[7]);
        await ExecuteAsync("DELETE FROM chain_all.mt_events WHERE stream_id = $1 AND version = 2", ids[30]);
        var progress = new List<ChainProgress>();

        var verification = await store.VerifyChainsAsync(options: new ChainVerifyOptions { BatchEvents = 10, Parallelism = 3 },
            progress: new SynchronousProgress(progress.Add));

        Assert.That(verification.BrokenLinks.Select(b => (b.StreamId, b.Version, b.Kind)),
            Is.EquivalentTo(new[] { (ids[7], 2L, BrokenLinkKind.Altered), (ids[30], 2L, BrokenLinkKind.Deleted) }));
        Assert.That((verification.Streams, verification.Events), Is.EqualTo((40L, 120L)));
        Assert.That(progress, Has.Count.GreaterThanOrEqualTo(10));
        Assert.That(progress.Max(p => p.EventsVerified), Is.EqualTo(120));
    }

    [Test]
    public async Task Given_an_anchor_When_it_is_exported_Then_the_file_lists_every_head_and_its_root_recomputes_from_them()
    {
        var store = await OwnStoreAsync("anchor_export");
        var ids = await StreamsAsync(store, 5);

        var anchor = await store.CreateAnchorAsync();
        var (exported, heads) = await ExportAndReadAsync(store, anchor);

        Assert.That((anchor.StreamCount, anchor.EventCount), Is.EqualTo((5L, 15L)));
        Assert.That(exported with { CreatedAt = anchor.CreatedAt, RootHash = anchor.RootHash }, Is.EqualTo(anchor));
        Assert.That(exported.RootHash, Is.EqualTo(anchor.RootHash));
        Assert.That(heads.Select(h => h.StreamId), Is.EquivalentTo(ids));
        Assert.That(heads.Select(h => h.Version), Is.All.EqualTo(3));
        Assert.That(await store.GetAnchorAsync(anchor.Id), Is.Not.Null);
    }

    [Test]
    public async Task Given_an_anchor_When_events_are_appended_and_streams_started_afterwards_Then_the_anchor_check_still_passes()
    {
        var store = await OwnStoreAsync("anchor_grow");
        var ids = await StreamsAsync(store, 4);
        var (anchor, heads) = await ExportAndReadAsync(store, await store.CreateAnchorAsync());

        await store.AppendAsync(ids[0], 3, [new MoneyDeposited(1), new MoneyWithdrawn(2)]);
        await StreamsAsync(store, 2);
        var check = await store.CheckAnchorAsync(anchor, heads);

        Assert.That(check.Intact, Is.True, string.Join("; ", check.BrokenLinks));
        Assert.That(check.ChangedHeads, Is.Empty);
    }

    [Test]
    public async Task Given_an_anchor_When_an_old_event_is_changed_Then_the_anchor_check_fails_with_the_broken_link()
    {
        var store = await OwnStoreAsync("anchor_tamper");
        var ids = await StreamsAsync(store, 4);
        var anchor = await store.CreateAnchorAsync();
        await ExecuteAsync("UPDATE anchor_tamper.mt_events SET data = '{\"amount\": 1000}' WHERE stream_id = $1 AND version = 2", ids[2]);

        var check = await store.CheckAnchorAsync(anchor);

        Assert.That(check.Intact, Is.False);
        Assert.That(check.BrokenLinks.Select(b => (b.StreamId, b.Version, b.Kind)), Is.EqualTo(new[] { (ids[2], 2L, BrokenLinkKind.Altered) }));
    }

    [Test]
    public async Task Given_an_anchor_When_an_old_event_is_changed_and_its_whole_chain_recomputed_Then_only_the_anchor_shows_it()
    {
        var store = await OwnStoreAsync("anchor_rewrite");
        var ids = await StreamsAsync(store, 4);
        var (anchor, heads) = await ExportAndReadAsync(store, await store.CreateAnchorAsync());

        // A forger with full access: change the event, then recompute every hash of the stream and its head.
        await ExecuteAsync("UPDATE anchor_rewrite.mt_events SET data = '{\"amount\": 1000}' WHERE stream_id = $1 AND version = 2", ids[1]);
        await ExecuteAsync("""
            UPDATE anchor_rewrite.mt_events e SET hash = c.hash
            FROM (SELECT seq_id, anchor_rewrite.mt_chain(NULL, anchor_rewrite.mt_event_digest(id, stream_id, version, type, timestamp, tenant_id,
                      correlation_id, causation_id, user_name, headers, personal_hash, data)) OVER (ORDER BY version) AS hash
                  FROM anchor_rewrite.mt_events WHERE stream_id = $1) c
            WHERE e.seq_id = c.seq_id
            """, ids[1]);
        await ExecuteAsync("UPDATE anchor_rewrite.mt_streams SET head_hash = (SELECT hash FROM anchor_rewrite.mt_events WHERE stream_id = $1 AND version = 3) WHERE id = $1", ids[1]);

        var verification = await store.VerifyChainsAsync();
        var check = await store.CheckAnchorAsync(anchor, heads);

        Assert.That(verification.Intact, Is.True, "the rewritten chain is consistent in itself");
        Assert.That(check.RootMatches, Is.False);
        Assert.That(check.Intact, Is.False);
        Assert.That(check.ChangedHeads, Is.EqualTo(new[] { ids[1] }));
    }

    [Test]
    public async Task Given_a_transaction_with_an_uncommitted_append_When_an_anchor_is_created_Then_it_waits_for_the_commit_and_covers_its_event()
    {
        var store = await OwnStoreAsync("anchor_wait");
        var ids = await StreamsAsync(store, 2);
        await using var session = await store.OpenSessionAsync();
        session.Append(ids[0], 3, new MoneyDeposited(5));
        var pending = await session.FlushAsync();
        await store.AppendAsync(ids[1], 3, [new MoneyDeposited(6)]);   // a later seq_id, committed first

        var creating = store.CreateAnchorAsync();
        var finishedEarly = await Task.WhenAny(creating, Task.Delay(500)) == creating;
        await session.CommitAsync();
        var anchor = await creating;

        Assert.That(finishedEarly, Is.False, "the anchor waits for the open transaction");
        Assert.That(anchor.MaxSeqId, Is.GreaterThan(pending.Single().SeqId));
        Assert.That(anchor.EventCount, Is.EqualTo(8));
        Assert.That((await store.CheckAnchorAsync(anchor)).Intact, Is.True);
    }

    [Test]
    public async Task Given_an_export_whose_heads_were_edited_When_it_is_read_Then_it_is_refused()
    {
        var store = await OwnStoreAsync("anchor_file");
        await StreamsAsync(store, 2);
        using var file = new MemoryStream();
        await store.ExportAnchorAsync(await store.CreateAnchorAsync(), file);
        var text = System.Text.Encoding.UTF8.GetString(file.ToArray()).Replace("\"version\":3", "\"version\":2", StringComparison.Ordinal);

        Assert.ThrowsAsync<InvalidDataException>(() => AnchorExport.ReadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))));
    }

    private sealed class SynchronousProgress(Action<ChainProgress> report) : IProgress<ChainProgress>
    {
        private readonly Lock _lock = new();

        public void Report(ChainProgress value)
        {
            lock (_lock)
            {
                report(value);
            }
        }
    }
}
