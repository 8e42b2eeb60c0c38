using Migrationsverwaltung.EventStore.Chain;

namespace Migrationsverwaltung.EventStore.Tests;

/// <summary>Rows manipulated directly in SQL, as someone with write access to the database could; the verifier must say what and where.</summary>
public sealed class ChainTamperingTests : StoreTestBase
{
    private const string Events = "event_store.mt_events";

    private async Task<Guid> StreamOfFiveAsync()
    {
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("a"), new MoneyDeposited(1), new MoneyDeposited(2)]);
        await Store.AppendAsync(id, 3, [new MoneyDeposited(3)]);
        await Store.AppendAsync(id, 4, [new MoneyWithdrawn(4)]);
        return id;
    }

    private async Task<(long Version, BrokenLinkKind Kind)[]> FirstBrokenLinksAsync(Guid id)
    {
        var verification = await Store.VerifyChainsAsync(id);
        return verification.BrokenLinks.Select(b => (b.Version, b.Kind)).ToArray();
    }

    /// <summary>Moves versions from..∞ by delta without tripping the unique (stream_id, version) index halfway.</summary>
    private async Task RenumberAsync(Guid id, long from, long delta)
    {
        await ExecuteAsync($"UPDATE {Events} SET version = version + 1000 WHERE stream_id = $1 AND version >= $2", id, from);
        await ExecuteAsync($"UPDATE {Events} SET version = version - 1000 + $2 WHERE stream_id = $1 AND version >= 1000", id, delta);
    }

    private async Task SwapAsync(Guid id, long a, long b)
    {
        await ExecuteAsync($"UPDATE {Events} SET version = 1000 WHERE stream_id = $1 AND version = $2", id, a);
        await ExecuteAsync($"UPDATE {Events} SET version = $2 WHERE stream_id = $1 AND version = $3", id, a, b);
        await ExecuteAsync($"UPDATE {Events} SET version = $2 WHERE stream_id = $1 AND version = 1000", id, b);
    }

    /// <summary>A forged event at the version, chained correctly from the stored previous hash when asked to (a careful forger).</summary>
    private Task ForgeAsync(Guid id, long version, bool withValidHash) => ExecuteAsync($"""
        INSERT INTO {Events} (id, stream_id, version, data, type, hash)
        SELECT f.id, $1, $2, f.data, f.type,
               CASE WHEN $3 THEN sha256(p.hash || event_store.mt_event_digest(f.id, $1, $2, f.type, now(), '*DEFAULT*', NULL, NULL, NULL, NULL, NULL, f.data))
                    ELSE sha256('forged'::bytea) END
        FROM (SELECT gen_random_uuid() AS id, jsonb_build_object('amount', 1000000) AS data, 'money_deposited' AS type) f,
             (SELECT hash FROM {Events} WHERE stream_id = $1 AND version = $2 - 1) p
        """, id, version, withValidHash);

    [Test]
    public async Task Given_an_intact_stream_When_verified_Then_no_link_is_broken()
    {
        var id = await StreamOfFiveAsync();
        Assert.That(await FirstBrokenLinksAsync(id), Is.Empty);
    }

    [TestCase("data = '{\"amount\": 2000}'", TestName = "When_an_events_data_is_changed_Then_it_is_altered_at_its_version")]
    [TestCase("timestamp = timestamp + interval '1 microsecond'", TestName = "When_an_events_timestamp_moves_by_a_microsecond_Then_it_is_altered_at_its_version")]
    [TestCase("user_name = 'someone.else'", TestName = "When_an_events_user_is_changed_Then_it_is_altered_at_its_version")]
    [TestCase("headers = '{\"reason\": \"nachträglich\"}'", TestName = "When_an_events_headers_are_changed_Then_it_is_altered_at_its_version")]
    [TestCase("type = 'money_withdrawn'", TestName = "When_an_events_type_is_changed_Then_it_is_altered_at_its_version")]
    [TestCase("personal_hash = sha256('x'::bytea)", TestName = "When_an_events_personal_hash_is_changed_Then_it_is_altered_at_its_version")]
    [TestCase("hash = sha256('x'::bytea)", TestName = "When_an_events_stored_hash_is_changed_Then_it_is_altered_at_its_version")]
    public async Task When_a_column_of_an_event_is_changed_Then_the_event_is_altered(string change)
    {
        var id = await StreamOfFiveAsync();
        await ExecuteAsync($"UPDATE {Events} SET {change} WHERE stream_id = $1 AND version = 3", id);

        Assert.That(await FirstBrokenLinksAsync(id), Is.EqualTo(new[] { (3L, BrokenLinkKind.Altered) }));
    }

    [Test]
    public async Task When_an_event_in_the_middle_is_deleted_Then_it_is_deleted_at_its_version()
    {
        var id = await StreamOfFiveAsync();
        await ExecuteAsync($"DELETE FROM {Events} WHERE stream_id = $1 AND version = 3", id);

        Assert.That(await FirstBrokenLinksAsync(id), Is.EqualTo(new[] { (3L, BrokenLinkKind.Deleted) }));
    }

    [Test]
    public async Task When_the_last_event_is_deleted_and_the_stream_row_left_alone_Then_it_is_deleted_at_its_version()
    {
        var id = await StreamOfFiveAsync();
        await ExecuteAsync($"DELETE FROM {Events} WHERE stream_id = $1 AND version = 5", id);

        Assert.That(await FirstBrokenLinksAsync(id), Is.EqualTo(new[] { (5L, BrokenLinkKind.Deleted) }));
    }

    [Test]
    public async Task When_an_event_is_deleted_and_the_later_ones_renumbered_down_Then_it_is_deleted_at_its_version()
    {
        var id = await StreamOfFiveAsync();
        await ExecuteAsync($"DELETE FROM {Events} WHERE stream_id = $1 AND version = 3", id);
        await RenumberAsync(id, 4, -1);
        await ExecuteAsync("UPDATE event_store.mt_streams SET version = 4 WHERE id = $1", id);

        Assert.That(await FirstBrokenLinksAsync(id), Is.EqualTo(new[] { (3L, BrokenLinkKind.Deleted) }));
    }

    [TestCase(false, TestName = "When_a_forged_event_with_a_made_up_hash_is_added_after_the_last_Then_it_is_inserted")]
    [TestCase(true, TestName = "When_a_forged_event_chained_correctly_is_added_after_the_last_Then_it_is_inserted_beyond_the_streams_version")]
    public async Task When_a_forged_event_is_added_at_the_end_Then_it_is_inserted(bool withValidHash)
    {
        var id = await StreamOfFiveAsync();
        await ForgeAsync(id, 6, withValidHash);

        Assert.That(await FirstBrokenLinksAsync(id), Is.EqualTo(new[] { (6L, BrokenLinkKind.Inserted) }));
    }

    [TestCase(false, TestName = "When_a_forged_event_with_a_made_up_hash_is_inserted_in_the_middle_Then_it_is_inserted_at_its_version")]
    [TestCase(true, TestName = "When_a_forged_event_chained_correctly_is_inserted_in_the_middle_Then_it_is_inserted_at_its_version")]
    public async Task When_a_forged_event_is_inserted_in_the_middle_and_the_later_ones_renumbered_up_Then_it_is_inserted(bool withValidHash)
    {
        var id = await StreamOfFiveAsync();
        await RenumberAsync(id, 3, +1);
        await ForgeAsync(id, 3, withValidHash);
        await ExecuteAsync("UPDATE event_store.mt_streams SET version = 6 WHERE id = $1", id);

        Assert.That(await FirstBrokenLinksAsync(id), Is.EqualTo(new[] { (3L, BrokenLinkKind.Inserted) }));
    }

    [TestCase(2, 3, TestName = "When_two_neighbouring_events_swap_versions_Then_the_first_is_reordered")]
    [TestCase(2, 4, TestName = "When_two_distant_events_swap_versions_Then_the_first_is_reordered")]
    public async Task When_two_events_swap_versions_Then_it_is_reordered(long a, long b)
    {
        var id = await StreamOfFiveAsync();
        await SwapAsync(id, a, b);

        Assert.That(await FirstBrokenLinksAsync(id), Is.EqualTo(new[] { (a, BrokenLinkKind.Reordered) }));
    }

    [Test]
    public async Task Given_two_breaks_in_one_stream_When_verified_Then_only_the_first_is_reported()
    {
        var id = await StreamOfFiveAsync();
        await ExecuteAsync($"UPDATE {Events} SET data = '{{\"amount\": 7}}' WHERE stream_id = $1 AND version IN (2, 4)", id);

        Assert.That(await FirstBrokenLinksAsync(id), Is.EqualTo(new[] { (2L, BrokenLinkKind.Altered) }));
    }
}
