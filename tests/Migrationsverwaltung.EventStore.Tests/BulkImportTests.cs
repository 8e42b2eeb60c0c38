using Migrationsverwaltung.EventStore.Importing;
using Migrationsverwaltung.EventStore.Projections;

namespace Migrationsverwaltung.EventStore.Tests;

public sealed class BulkImportTests : DaemonTestBase
{
    private static readonly DateTimeOffset Then = new(2023, 5, 4, 9, 30, 0, TimeSpan.Zero);
    private EventStore _people = null!;

    protected override IEnumerable<IProjection> InlineProjections => [new BalanceProjection()];

    [OneTimeSetUp]
    public void CreateStoreWithPersonalDataAndInlineProjection() =>
        _people = new EventStore(DataSource, PersonalTestRegistry.Create(), inlineProjections: [new BalanceProjection()]);

    private static object[] History(Guid personId) =>
    [
        new PersonRegistered(personId, "Yılmaz", "Ayşe Nur", new DateOnly(1990, 4, 17), "TUR"),
        new PersonMoved(personId, new Address("Hauptstraße 5", "44135", "Dortmund"), new DateOnly(2026, 3, 1)),
        new NoteAdded(personId, "Dolmetscher \"nötig\"", "Termin"),
        new MoneyDeposited(5),
    ];

    private static ImportedStream Imported(Guid id, object[] events, EventMetadata? metadata = null) =>
        new(id, "person", events.Select((e, i) => new ImportedEvent(e, Then.AddDays(i), metadata)).ToList());

    [Test]
    public async Task Given_the_same_events_appended_and_bulk_imported_When_both_streams_are_read_Then_they_read_the_same()
    {
        var (appendedId, importedId) = (Guid.NewGuid(), Guid.NewGuid());
        var metadata = new EventMetadata { UserName = "sb-1", CorrelationId = "c-1", Headers = new Dictionary<string, string> { ["command"] = "Register" } };
        using (EventContext.Use(metadata))
        {
            await _people.StartStreamAsync(appendedId, "person", History(appendedId));
        }
        await _people.BulkImportAsync([Imported(importedId, History(importedId), metadata)]);

        var appended = await _people.ReadStreamAsync(appendedId);
        var imported = await _people.ReadStreamAsync(importedId);

        Assert.That(imported.Select(e => e.Data), Is.EqualTo(History(importedId)));
        Assert.That(imported.Select(e => (e.Version, e.Type, e.UserName, e.CorrelationId, e.Headers["command"], e.TenantId)),
            Is.EqualTo(appended.Select(e => (e.Version, e.Type, e.UserName, e.CorrelationId, e.Headers["command"], e.TenantId))));
        Assert.That(imported.Select(e => e.Timestamp), Is.EqualTo(Enumerable.Range(0, 4).Select(i => Then.AddDays(i))), "own timestamps kept");
        Assert.That(imported.Select(e => e.TransactionId).Distinct().Count(), Is.EqualTo(1), "one transaction");
        Assert.That(imported.Select(e => e.SeqId), Is.Ordered.Ascending);
        Assert.That(await ScalarAsync<long>("SELECT version FROM event_store.mt_streams WHERE id = $1", importedId), Is.EqualTo(4));
        Assert.That(await ScalarAsync<DateTime>("SELECT created FROM event_store.mt_streams WHERE id = $1", importedId), Is.EqualTo(Then.UtcDateTime));
    }

    [Test]
    public async Task When_events_with_personal_data_are_bulk_imported_Then_their_personal_rows_and_hashes_equal_those_of_an_append()
    {
        var (appendedId, importedId) = (Guid.NewGuid(), Guid.NewGuid());
        await _people.StartStreamAsync(appendedId, "person", History(appendedId));
        await _people.BulkImportAsync([Imported(importedId, History(importedId))]);

        const string Rows = """
            SELECT string_agg(e.version || ':' || replace(e.data::text, $1::text, 'X') || ':' || coalesce(encode(e.personal_hash, 'hex'), '-')
                              || ':' || coalesce(replace(p.data::text, $1::text, 'X'), '-'), '|' ORDER BY e.version)
            FROM event_store.mt_events e LEFT JOIN event_store.mt_personal_data p ON p.event_id = e.id AND p.subject_id = $1 WHERE e.stream_id = $1
            """;
        var appended = await ScalarAsync<string>(Rows, appendedId);
        var imported = await ScalarAsync<string>(Rows, importedId);

        Assert.That(imported, Is.EqualTo(appended));
        Assert.That(imported, Does.Contain("Dortmund").And.Not.Contain(":-:-|1"), "personal parts present");
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_personal_data WHERE subject_id = $1", importedId), Is.EqualTo(3));
        var erased = await _people.ErasePersonalDataAsync(importedId, "Test der Löschung", "dsb-1");
        Assert.That(erased, Is.EqualTo(3));
        Assert.That((await _people.ReadStreamAsync(importedId)).Count(e => e.PersonalDataErased), Is.EqualTo(3));
    }

    [Test]
    public async Task When_streams_are_bulk_imported_Then_the_inline_projections_are_written_in_the_same_transaction()
    {
        var id = Guid.NewGuid();
        await Store.BulkImportAsync([Imported(id, [new AccountOpened("A"), new MoneyDeposited(50), new MoneyWithdrawn(20)])]);

        Assert.That(await ScalarAsync<int>("SELECT balance FROM balances WHERE id = $1", id), Is.EqualTo(30));
    }

    [Test]
    public async Task Given_one_of_the_streams_exists_When_bulk_importing_Then_nothing_of_the_import_is_written()
    {
        var (existing, fresh) = (Guid.NewGuid(), Guid.NewGuid());
        await Store.StartStreamAsync(existing, "account", [new AccountOpened("B")]);

        Assert.ThrowsAsync<BulkImportConflictException>(() => Store.BulkImportAsync(
            [Imported(fresh, [new AccountOpened("C"), new MoneyDeposited(7)]), Imported(existing, [new AccountOpened("B")])]));

        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_events WHERE stream_id = $1", fresh), Is.Zero);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_streams WHERE id = $1", fresh), Is.Zero);
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM balances WHERE id = $1", fresh), Is.Zero);
    }

    [Test]
    public async Task When_streams_are_bulk_imported_between_appends_Then_the_daemon_applies_every_event_exactly_once()
    {
        await using var daemon = NewDaemon(new CountingProjection("bulk_counting"), store: _people); // knows every event type of this fixture
        daemon.Start();
        await Store.StartStreamAsync(Guid.NewGuid(), "account", [new AccountOpened("D")]);
        var streams = Enumerable.Range(0, 300).Select(i => Imported(Guid.NewGuid(),
            [new AccountOpened($"S{i}"), .. Enumerable.Range(1, i % 7).Select(n => (object)new MoneyDeposited(n))])).ToList();

        var result = await Store.BulkImportAsync(streams);
        await Store.StartStreamAsync(Guid.NewGuid(), "account", [new AccountOpened("E")]);
        await WaitForCatchUpAsync(daemon, "bulk_counting");

        Assert.That(result.Streams, Is.EqualTo(300));
        Assert.That(result.Events, Is.EqualTo(streams.Sum(s => s.Events.Count)));
        Assert.That(result.LastSeqId - result.FirstSeqId + 1, Is.EqualTo(result.Events), "one block of sequence values");
        await AssertAppliedExactlyOnceAsync("bulk_counting");
    }
}
