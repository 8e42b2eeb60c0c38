using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Migrationsverwaltung.EventStore.Importing;

namespace Migrationsverwaltung.EventStore.Tests;

public sealed class HashChainTests : StoreTestBase
{
    private EventStore _people = null!;

    [OneTimeSetUp]
    public void CreateStoreWithPersonalData() => _people = new EventStore(DataSource, PersonalTestRegistry.Create());

    [Test]
    public async Task When_an_event_is_appended_Then_its_hash_is_sha256_of_the_genesis_and_the_digest_of_its_documented_canonical_text()
    {
        var id = Guid.NewGuid();
        var metadata = new EventMetadata { UserName = "sb.krause", CorrelationId = "corr-1", Headers = new Dictionary<string, string> { ["reason"] = "Antrag \"neu\"" } };
        IReadOnlyList<StoredEvent> written;
        using (EventContext.Use(metadata))
        {
            written = await Store.StartStreamAsync(id, "account", [new AccountOpened("Ämter & Co"), new MoneyDeposited(5)]);
        }
        var timestamp = await ScalarAsync<DateTime>("SELECT timestamp FROM event_store.mt_events WHERE id = $1", written[0].Id);

        // The canonical text written out by hand from docs/tamper-evidence.md, not taken from PostgreSQL.
        var text = string.Create(CultureInfo.InvariantCulture,
            $"[\"{written[0].Id}\", \"{id}\", 1, \"account_opened\", \"{timestamp:yyyy-MM-dd'T'HH:mm:ss.FFFFFF}\", \"*DEFAULT*\", \"corr-1\", null, " +
            $"\"sb.krause\", {{\"reason\": \"Antrag \\\"neu\\\"\"}}, null, {{\"owner\": \"Ämter & Co\"}}]");
        var first = SHA256.HashData([.. new byte[32], .. SHA256.HashData(Encoding.UTF8.GetBytes(text))]);

        Assert.That(await ScalarAsync<byte[]>("SELECT hash FROM event_store.mt_events WHERE id = $1", written[0].Id), Is.EqualTo(first));
        var second = await ScalarAsync<byte[]>("SELECT hash FROM event_store.mt_events WHERE id = $1", written[1].Id);
        Assert.That(await ScalarAsync<byte[]>("SELECT head_hash FROM event_store.mt_streams WHERE id = $1", id), Is.EqualTo(second));
        Assert.That(await ScalarAsync<bool>("""
            SELECT sha256($1 || event_store.mt_event_digest(id, stream_id, version, type, timestamp, tenant_id, correlation_id, causation_id,
                user_name, headers, personal_hash, data)) = hash FROM event_store.mt_events WHERE id = $2
            """, first, written[1].Id), Is.True, "version 2 chains from version 1");
    }

    [Test]
    public async Task Given_appends_of_single_and_several_events_through_sessions_When_the_streams_are_verified_Then_every_chain_holds()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await Store.StartStreamAsync(first, "account", [new AccountOpened("a"), new MoneyDeposited(1), new MoneyDeposited(2)]);
        await Store.AppendAsync(first, 3, [new MoneyWithdrawn(1)]);
        await using (var session = await Store.OpenSessionAsync())
        {
            var state = await session.FetchForExclusiveWritingAsync(first, Account.Initial, Account.Evolve);
            session.Append(first, state!.Version, new MoneyDeposited(3), new MoneyDeposited(4));
            session.Append(second, 0, new AccountOpened("b"));
            await session.SaveChangesAsync();
        }
        await Store.AppendAsync(second, 1, [new MoneyDeposited(9)]);

        var verification = await Store.VerifyChainsAsync(first);
        var other = await Store.VerifyChainsAsync(second);

        Assert.That(verification.BrokenLinks, Is.Empty);
        Assert.That((verification.Streams, verification.Events), Is.EqualTo((1L, 6L)));
        Assert.That(other.Intact, Is.True);
        Assert.That(await ScalarAsync<long>("SELECT count(DISTINCT hash) FROM event_store.mt_events WHERE stream_id = $1", first), Is.EqualTo(6));
    }

    [Test]
    public async Task When_many_writers_race_on_one_stream_optimistically_and_exclusively_Then_no_head_update_is_lost_and_the_chain_holds()
    {
        var id = Guid.NewGuid();
        await Store.StartStreamAsync(id, "account", [new AccountOpened("shared")]);
        var acknowledged = new ConcurrentBag<long>();
        var unexpected = new ConcurrentBag<Exception>();
        var writers = Enumerable.Range(0, 16).Select(writer => Task.Run(async () =>
        {
            for (var attempt = 0; attempt < 6; attempt++)
            {
                try
                {
                    await using var session = await Store.OpenSessionAsync();
                    var state = writer % 2 == 0
                        ? await session.FetchForWritingAsync(id, Account.Initial, Account.Evolve)
                        : await session.FetchForExclusiveWritingAsync(id, Account.Initial, Account.Evolve);
                    session.Append(id, state!.Version, new MoneyDeposited(writer), new MoneyDeposited(attempt));
                    foreach (var e in await session.SaveChangesAsync())
                    {
                        acknowledged.Add(e.Version);
                    }
                }
                catch (ConcurrencyException)
                {
                }
                catch (Exception error)
                {
                    unexpected.Add(error);
                }
            }
        })).ToArray();
        await Task.WhenAll(writers);

        Assert.That(unexpected, Is.Empty);
        Assert.That(acknowledged, Has.Count.GreaterThan(2));
        var verification = await Store.VerifyChainsAsync(id);
        Assert.That(verification.BrokenLinks, Is.Empty);
        Assert.That(verification.Events, Is.EqualTo(acknowledged.Count + 1));
    }

    [Test]
    public async Task Given_events_with_personal_data_When_the_person_is_erased_Then_the_chain_still_verifies_but_a_changed_personal_row_does_not()
    {
        var (erased, changed) = (Guid.NewGuid(), Guid.NewGuid());
        foreach (var person in new[] { erased, changed })
        {
            await _people.StartStreamAsync(person, "person", [
                new PersonRegistered(person, "Yılmaz", "Ayşe", new DateOnly(1990, 4, 17), "TUR"),
                new PersonMoved(person, new Address("Hauptstraße 5", "44135", "Dortmund"), new DateOnly(2026, 3, 1))]);
        }

        await _people.ErasePersonalDataAsync(erased, "Aufbewahrungsfrist abgelaufen", "retention-job");
        await ExecuteAsync("""
            UPDATE event_store.mt_personal_data SET data = jsonb_set(data, '{family_name}', '"Müller"')
            WHERE event_id = (SELECT id FROM event_store.mt_events WHERE stream_id = $1 AND version = 1)
            """, changed);

        Assert.That((await _people.VerifyChainsAsync(erased)).BrokenLinks, Is.Empty);
        Assert.That((await _people.VerifyChainsAsync(changed)).BrokenLinks.Select(b => (b.Version, b.Kind)),
            Is.EqualTo(new[] { (1L, Chain.BrokenLinkKind.Altered) }));
    }

    [Test]
    public async Task Given_streams_bulk_imported_with_personal_data_and_metadata_When_verified_Then_their_chains_hold_as_appended_ones_do()
    {
        var ids = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        var metadata = new EventMetadata { UserName = "migration", CausationId = "import-7", Headers = new Dictionary<string, string> { ["reason"] = "Übernahme" } };
        var then = new DateTimeOffset(2021, 2, 3, 4, 5, 6, TimeSpan.FromHours(1)).AddTicks(1234567);
        await _people.BulkImportAsync(ids.Select((id, n) => new ImportedStream(id, "person", Enumerable.Range(0, 3 + n).Select(i => new ImportedEvent(
            i == 0 ? new PersonRegistered(id, "Nowak", "Jan", new DateOnly(1980, 1, 2), "POL") : new NoteAdded(id, $"Notiz {i}", "Akte"),
            then.AddMinutes(i), metadata)).ToList())).ToList());

        foreach (var id in ids)
        {
            Assert.That((await _people.VerifyChainsAsync(id)).BrokenLinks, Is.Empty);
        }
        // The C# links equal the SQL aggregate's chain over the same rows.
        Assert.That(await ScalarAsync<long>("""
            SELECT count(*) FROM (
                SELECT hash, event_store.mt_chain(NULL, event_store.mt_event_digest(id, stream_id, version, type, timestamp, tenant_id,
                    correlation_id, causation_id, user_name, headers, personal_hash, data)) OVER (PARTITION BY stream_id ORDER BY version) AS recomputed
                FROM event_store.mt_events WHERE stream_id = ANY($1)) c
            WHERE hash = recomputed
            """, ids.ToArray()), Is.EqualTo(3 + 4 + 5));
    }
}
