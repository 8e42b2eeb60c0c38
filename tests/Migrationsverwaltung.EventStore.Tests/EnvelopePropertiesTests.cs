using Migrationsverwaltung.EventStore.Importing;
using Migrationsverwaltung.EventStore.Serialization;

namespace Migrationsverwaltung.EventStore.Tests;

public sealed record TicketNote(string Text);
public sealed record TicketOpened(Guid TicketId, Guid ReporterId, string By, TicketNote Note);
public sealed record TicketLinked(Guid TicketId, Guid OtherTicketId, string By, LinkedTicket Linked);
public sealed record LinkedTicket(Guid TicketId, string By);
public sealed record TicketEmpty;

/// <summary>
/// docs/adr/0014-envelope-properties.md: an event's own stream id and its actor are not stored a second time in the
/// data when the envelope holds them; reading gives back the same event; values that differ, nested objects and
/// events stored with every property are untouched.
/// </summary>
public sealed class EnvelopePropertiesTests : StoreTestBase
{
    private EventStore _tickets = null!;

    private static EventTypeRegistry Registry() => new EventTypeRegistry()
        .Register<TicketOpened>("ticket_opened")
        .Register<TicketLinked>("ticket_linked")
        .Register<TicketEmpty>("ticket_empty")
        .WithEnvelopeProperties(["ticket_id"], userNameProperty: "by");

    [OneTimeSetUp]
    public void CreateStore() => _tickets = new EventStore(DataSource, Registry());

    private async Task<string> StoredDataAsync(Guid eventId) => await ScalarAsync<string>("SELECT data::text FROM event_store.mt_events WHERE id = $1", eventId);

    private async Task<IReadOnlyList<StoredEvent>> AppendAsync(Guid streamId, string? userName, params object[] events)
    {
        await using var session = await _tickets.OpenSessionAsync(new EventMetadata { UserName = userName });
        session.StartStream(streamId, "ticket", events);
        return await session.SaveChangesAsync();
    }

    [Test]
    public async Task Given_the_stream_id_and_the_user_When_appending_Then_the_data_leaves_them_out_and_reading_gives_the_same_event()
    {
        var ticket = Guid.NewGuid();
        var opened = new TicketOpened(ticket, Guid.NewGuid(), "sb-1", new TicketNote("Pass fehlt"));

        var written = await AppendAsync(ticket, "sb-1", opened);

        var data = await StoredDataAsync(written[0].Id);
        Assert.That(data, Does.Not.Contain("ticket_id").And.Not.Contain("\"by\""));
        Assert.That(data, Does.Contain(opened.ReporterId.ToString()));
        var read = await _tickets.ReadStreamAsync(ticket);
        Assert.That(read.Single().Data, Is.EqualTo(opened));
    }

    [Test]
    public async Task Given_values_that_differ_from_the_envelope_When_appending_Then_they_are_stored_as_always()
    {
        var ticket = Guid.NewGuid();
        var foreign = new TicketOpened(Guid.NewGuid(), Guid.NewGuid(), "sb-2", new TicketNote("x"));

        var written = await AppendAsync(ticket, "system", foreign);
        var withoutUser = await AppendAsync(Guid.NewGuid(), null, new TicketOpened(Guid.NewGuid(), Guid.NewGuid(), "sb-3", new TicketNote("y")));

        Assert.That(await StoredDataAsync(written[0].Id), Does.Contain(foreign.TicketId.ToString()).And.Contain("\"by\": \"sb-2\""));
        Assert.That(await StoredDataAsync(withoutUser[0].Id), Does.Contain("\"by\": \"sb-3\""));
        Assert.That((await _tickets.ReadStreamAsync(ticket)).Single().Data, Is.EqualTo(foreign));
    }

    [Test]
    public async Task Given_nested_objects_with_the_same_names_When_appending_Then_only_the_events_own_properties_are_left_out()
    {
        var ticket = Guid.NewGuid();
        var linked = new TicketLinked(ticket, Guid.NewGuid(), "sb-1", new LinkedTicket(ticket, "sb-1"));

        var written = await AppendAsync(ticket, "sb-1", linked);

        Assert.That(await ScalarAsync<string>("SELECT data->'linked'->>'ticket_id' FROM event_store.mt_events WHERE id = $1", written[0].Id),
            Is.EqualTo(ticket.ToString()));
        Assert.That(await ScalarAsync<bool>("SELECT data ? 'ticket_id' OR data ? 'by' FROM event_store.mt_events WHERE id = $1", written[0].Id), Is.False);
        Assert.That((await _tickets.ReadStreamAsync(ticket)).Single().Data, Is.EqualTo(linked));
    }

    [Test]
    public async Task Given_events_stored_with_every_property_When_reading_Then_they_read_as_before()
    {
        var ticket = Guid.NewGuid();
        var full = new TicketOpened(ticket, Guid.NewGuid(), "sb-1", new TicketNote("alt"));
        var plain = new EventStore(DataSource, new EventTypeRegistry().Register<TicketOpened>("ticket_opened")); // no envelope rule
        await using (var session = await plain.OpenSessionAsync(new EventMetadata { UserName = "sb-1" }))
        {
            session.StartStream(ticket, "ticket", [full]);
            await session.SaveChangesAsync();
        }

        Assert.That(await ScalarAsync<bool>("SELECT data ? 'ticket_id' AND data ? 'by' FROM event_store.mt_events WHERE stream_id = $1", ticket), Is.True);
        Assert.That((await _tickets.ReadStreamAsync(ticket)).Single().Data, Is.EqualTo(full));
    }

    [Test]
    public async Task Given_a_bulk_import_When_reading_Then_the_envelope_properties_are_left_out_and_restored_as_for_an_append()
    {
        var ticket = Guid.NewGuid();
        var opened = new TicketOpened(ticket, Guid.NewGuid(), "sb-9", new TicketNote("Import"));

        await _tickets.BulkImportAsync([new ImportedStream(ticket, "ticket",
            [new ImportedEvent(opened, DateTimeOffset.UtcNow, new EventMetadata { UserName = "sb-9" })])]);

        Assert.That(await ScalarAsync<bool>("SELECT data ? 'ticket_id' OR data ? 'by' FROM event_store.mt_events WHERE stream_id = $1", ticket), Is.False);
        Assert.That((await _tickets.ReadStreamAsync(ticket)).Single().Data, Is.EqualTo(opened));
    }

    [Test]
    public async Task Given_an_event_without_such_properties_When_appending_and_reading_Then_nothing_changes()
    {
        var ticket = Guid.NewGuid();
        await AppendAsync(ticket, "sb-1", new TicketEmpty());

        Assert.That((await _tickets.ReadStreamAsync(ticket)).Single().Data, Is.EqualTo(new TicketEmpty()));
    }

    [Test]
    public async Task Given_a_tampered_row_that_lost_the_actor_and_has_no_user_When_reading_Then_the_read_fails_with_a_clear_error()
    {
        var ticket = Guid.NewGuid();
        var written = await AppendAsync(ticket, "sb-1", new TicketOpened(ticket, Guid.NewGuid(), "sb-1", new TicketNote("x")));
        await ExecuteAsync("UPDATE event_store.mt_events SET user_name = NULL WHERE id = $1", written[0].Id);

        Assert.ThrowsAsync<EventDeserializationException>(() => _tickets.ReadStreamAsync(ticket));
    }
}
