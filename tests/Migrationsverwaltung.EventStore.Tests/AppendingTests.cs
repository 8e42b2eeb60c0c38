namespace Migrationsverwaltung.EventStore.Tests;

public sealed class AppendingTests : StoreTestBase
{
    [Test]
    public async Task When_starting_a_stream_Then_events_get_versions_from_one_and_the_metadata_of_the_context()
    {
        var id = Guid.NewGuid();
        using (EventContext.Use(new EventMetadata { UserName = "sb.mueller", CorrelationId = "corr-1", CausationId = "cmd-1", Headers = new Dictionary<string, string> { ["reason"] = "Antrag eingegangen" } }))
        {
            await Store.StartStreamAsync(id, "account", [new AccountOpened("A"), new MoneyDeposited(10)]);
        }

        var events = await Store.ReadStreamAsync(id);

        Assert.That(events.Select(e => e.Version), Is.EqualTo(new long[] { 1, 2 }));
        Assert.That(events[1].Data, Is.EqualTo(new MoneyDeposited(10)));
        Assert.That(events[0].Type, Is.EqualTo("account_opened"));
        Assert.That(events[0].UserName, Is.EqualTo("sb.mueller"));
        Assert.That(events[0].CorrelationId, Is.EqualTo("corr-1"));
        Assert.That(events[0].CausationId, Is.EqualTo("cmd-1"));
        Assert.That(events[0].Headers["reason"], Is.EqualTo("Antrag eingegangen"));
        Assert.That(await ScalarAsync<string>("SELECT type FROM event_store.mt_streams WHERE id = $1", id), Is.EqualTo("account"));
        Assert.That(await ScalarAsync<long>("SELECT version FROM event_store.mt_streams WHERE id = $1", id), Is.EqualTo(2));
    }

    [Test]
    public async Task When_starting_a_stream_that_exists_Then_stream_already_exists_and_nothing_is_written()
    {
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("A")]);

        var error = Assert.ThrowsAsync<StreamAlreadyExistsException>(() => Store.StartStreamAsync(id, "account", [new AccountOpened("B")]));

        Assert.That(error!.StreamId, Is.EqualTo(id));
        Assert.That(await Store.ReadStreamAsync(id), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task When_appending_at_a_stale_version_Then_concurrency_error_names_stream_expected_and_actual()
    {
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("A"), new MoneyDeposited(1), new MoneyDeposited(2)]);

        var error = Assert.ThrowsAsync<ConcurrencyException>(() => Store.AppendAsync(id, 2, [new MoneyDeposited(3)]));

        Assert.That((error!.StreamId, error.ExpectedVersion, error.ActualVersion), Is.EqualTo((id, 2L, 3L)));
        Assert.That(error.Message, Does.Contain(id.ToString()).And.Contain("version 2").And.Contain("version 3"));
        Assert.That(await Store.ReadStreamAsync(id), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task When_appending_with_expected_version_zero_to_an_existing_stream_Then_concurrency_error()
    {
        var id = Guid.NewGuid();
        await Store.AppendAsync(id, 0, [new AccountOpened("A")]);

        var error = Assert.ThrowsAsync<ConcurrencyException>(() => Store.AppendAsync(id, 0, [new AccountOpened("B")]));

        Assert.That(error!.ActualVersion, Is.EqualTo(1));
    }

    [Test]
    public void When_appending_to_an_unknown_stream_Then_stream_not_found()
    {
        Assert.ThrowsAsync<StreamNotFoundException>(() => Store.AppendAsync(Guid.NewGuid(), 4, [new MoneyDeposited(1)]));
    }

    [Test]
    public async Task When_expected_version_is_negative_Then_argument_error_and_nothing_is_written()
    {
        var id = Guid.NewGuid();
        var before = await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_events");

        var error = Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.AppendAsync(id, -1, [new MoneyDeposited(1)]));

        Assert.That(error!.Message, Does.Contain("expectedVersion"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_events"), Is.EqualTo(before));
    }

    [Test]
    public void When_appending_an_unregistered_event_type_Then_error_names_the_type()
    {
        var error = Assert.ThrowsAsync<UnregisteredEventException>(() => Store.StartStreamAsync(Guid.NewGuid(), null, [new Uri("http://x")]));
        Assert.That(error!.Message, Does.Contain("System.Uri"));
    }

    [Test]
    public async Task When_appending_to_an_archived_stream_Then_it_is_refused_and_hidden_from_normal_reads_but_not_from_audit()
    {
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("A")]);
        await Store.ArchiveStreamAsync(id);

        Assert.ThrowsAsync<StreamArchivedException>(() => Store.AppendAsync(id, 1, [new MoneyDeposited(1)]));
        Assert.That(await Store.ReadStreamAsync(id), Is.Empty);
        var audit = await Store.ReadStreamAsync(id, new ReadOptions { IncludeArchived = true });
        Assert.That(audit.Single().IsArchived, Is.True);
        await using var session = await Store.OpenSessionAsync();
        Assert.ThrowsAsync<StreamArchivedException>(() => session.FetchForWritingAsync(id, Account.Initial, Account.Evolve));
    }

    [Test]
    public async Task When_a_session_appends_to_several_streams_and_one_is_stale_Then_nothing_of_the_unit_of_work_is_written()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        await Store.StartStreamAsync(a, "account", [new AccountOpened("A")]);
        await Store.StartStreamAsync(b, "account", [new AccountOpened("B"), new MoneyDeposited(5)]);

        await using (var session = await Store.OpenSessionAsync())
        {
            session.Append(a, 1, new MoneyDeposited(1));
            session.Append(b, 1, new MoneyDeposited(1));
            var error = Assert.ThrowsAsync<ConcurrencyException>(() => session.SaveChangesAsync());
            Assert.That(error!.StreamId, Is.EqualTo(b));
        }

        Assert.That(await Store.ReadStreamAsync(a), Has.Count.EqualTo(1));
        Assert.That(await Store.ReadStreamAsync(b), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task When_a_session_is_disposed_without_commit_Then_nothing_is_written()
    {
        var id = Guid.NewGuid();
        await using (var session = await Store.OpenSessionAsync())
        {
            session.StartStream(id, "account", new AccountOpened("A"));
            await session.FlushAsync();
        }
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_streams WHERE id = $1", id), Is.Zero);
    }
}
