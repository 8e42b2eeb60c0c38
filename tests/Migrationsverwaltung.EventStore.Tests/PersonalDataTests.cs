using Migrationsverwaltung.EventStore.Serialization;

namespace Migrationsverwaltung.EventStore.Tests;

public sealed class PersonalDataTests : StoreTestBase
{
    private const string EventsFingerprint =
        "SELECT string_agg(seq_id || ':' || data::text || ':' || coalesce(encode(personal_hash, 'hex'), '-'), '|' ORDER BY seq_id) FROM event_store.mt_events";

    private EventStore _people = null!;

    [OneTimeSetUp]
    public void CreateStoreWithPersonalData() => _people = new EventStore(DataSource, PersonalTestRegistry.Create());

    private static PersonRegistered Registered(Guid personId) => new(personId, "Yılmaz", "Ayşe Nur", new DateOnly(1990, 4, 17), "TUR");

    private static PersonMoved Moved(Guid personId) => new(personId, new Address("Hauptstraße 5", "44135", "Dortmund"), new DateOnly(2026, 3, 1));

    [Test]
    public async Task When_an_event_with_personal_properties_is_appended_Then_they_are_stored_apart_from_the_event_data()
    {
        var personId = Guid.NewGuid();
        var written = await _people.StartStreamAsync(personId, "person", [Registered(personId), Moved(personId)]);

        Assert.That(await KeysAsync("SELECT data FROM event_store.mt_events WHERE id = $1", written[0].Id), Is.EqualTo(new[] { "nationality", "person_id" }));
        Assert.That(await KeysAsync("SELECT data FROM event_store.mt_personal_data WHERE event_id = $1", written[0].Id),
            Is.EqualTo(new[] { "birth_date", "family_name", "given_names" }));
        Assert.That(await KeysAsync("SELECT data FROM event_store.mt_events WHERE id = $1", written[1].Id), Is.EqualTo(new[] { "person_id", "valid_from" }));
        Assert.That(await ScalarAsync<string>("SELECT data->'address'->>'city' FROM event_store.mt_personal_data WHERE event_id = $1", written[1].Id),
            Is.EqualTo("Dortmund"));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_personal_data WHERE subject_id = $1", personId), Is.EqualTo(2));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_events WHERE data::text LIKE '%Yılmaz%' OR data::text LIKE '%Hauptstraße%'"),
            Is.Zero);
    }

    [Test]
    public async Task When_events_with_personal_data_are_read_Then_the_personal_fields_are_merged_back()
    {
        var personId = Guid.NewGuid();
        await _people.StartStreamAsync(personId, "person", [Registered(personId), Moved(personId), new NoteAdded(personId, "spricht Türkisch", "Sprache")]);

        var events = await _people.ReadStreamAsync(personId);
        await using var session = await _people.OpenSessionAsync();
        var forWriting = await session.FetchForWritingAsync(personId, new List<object>(), (seen, e) => [.. seen, e]);

        var expected = new object[] { Registered(personId), Moved(personId), new NoteAdded(personId, "spricht Türkisch", "Sprache") };
        Assert.That(events.Select(e => e.Data), Is.EqualTo(expected));
        Assert.That(events.Select(e => e.PersonalDataErased), Is.All.False);
        Assert.That(forWriting!.State, Is.EqualTo(expected));
        Assert.That((await _people.AggregateStreamAsync(personId, 0, (n, _) => n + 1))!.State, Is.EqualTo(3));
    }

    [Test]
    public async Task When_events_with_personal_data_are_appended_Then_personal_hash_is_sha256_of_the_stored_personal_jsonb_text()
    {
        var personId = Guid.NewGuid();
        await _people.StartStreamAsync(personId, "person", [Registered(personId), Moved(personId), new NoteAdded(personId, "Dolmetscher \"nötig\"", "Termin")]);

        var matching = await ScalarAsync<long>("""
            SELECT count(*) FROM event_store.mt_events e JOIN event_store.mt_personal_data p ON p.event_id = e.id
            WHERE e.stream_id = $1 AND e.personal_hash = sha256(convert_to(p.data::text, 'UTF8'))
            """, personId);

        Assert.That(matching, Is.EqualTo(3));
    }

    [Test]
    public async Task When_a_persons_data_is_erased_Then_events_still_read_with_personal_fields_null_and_mt_events_is_unchanged()
    {
        var (erasedPerson, otherPerson, caseId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await _people.StartStreamAsync(erasedPerson, "person", [Registered(erasedPerson), Moved(erasedPerson), new MoneyDeposited(80)]);
        await _people.StartStreamAsync(otherPerson, "person", [Registered(otherPerson)]);
        await _people.StartStreamAsync(caseId, "case", [new NoteAdded(erasedPerson, "Vorsprache mit Betreuerin", "Termin")]);
        var before = await ScalarAsync<string>(EventsFingerprint);

        var erased = await _people.ErasePersonalDataAsync(erasedPerson, "Aufbewahrungsfrist abgelaufen", "retention-job");

        Assert.That(erased, Is.EqualTo(3));
        Assert.That(await ScalarAsync<string>(EventsFingerprint), Is.EqualTo(before), "mt_events: data and personal_hash");
        var person = await _people.ReadStreamAsync(erasedPerson);
        Assert.That(person.Select(e => e.Data), Is.EqualTo(new object[]
        {
            new PersonRegistered(erasedPerson, null, null, null, "TUR"),
            new PersonMoved(erasedPerson, null, new DateOnly(2026, 3, 1)),
            new MoneyDeposited(80),
        }));
        Assert.That(person.Select(e => e.PersonalDataErased), Is.EqualTo(new[] { true, true, false }));
        var note = (await _people.ReadStreamAsync(caseId)).Single();
        Assert.That((note.Data, note.PersonalDataErased), Is.EqualTo(((object)new NoteAdded(erasedPerson, null, "Termin"), true)));
        var other = (await _people.ReadStreamAsync(otherPerson)).Single();
        Assert.That((other.Data, other.PersonalDataErased), Is.EqualTo(((object)Registered(otherPerson), false)));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_personal_data WHERE subject_id = $1", erasedPerson), Is.Zero);
        Assert.That(await ScalarAsync<string>(
                "SELECT rows || '|' || erased_by || '|' || reason || '|' || (erased_at IS NOT NULL) FROM event_store.mt_personal_data_erasures WHERE subject_id = $1",
                erasedPerson),
            Is.EqualTo("3|retention-job|Aufbewahrungsfrist abgelaufen|true"));
    }

    [Test]
    public async Task When_a_person_is_erased_twice_Then_the_second_run_erases_nothing_and_is_recorded_too()
    {
        var personId = Guid.NewGuid();
        await _people.StartStreamAsync(personId, "person", [Registered(personId)]);

        var first = await _people.ErasePersonalDataAsync(personId, "Antrag nach Art. 17 DSGVO", "dsb.weber");
        var second = await _people.ErasePersonalDataAsync(personId, "Antrag nach Art. 17 DSGVO", "dsb.weber");

        Assert.That((first, second), Is.EqualTo((1, 0)));
        Assert.That(await ScalarAsync<string>("SELECT string_agg(rows::text, ',' ORDER BY id) FROM event_store.mt_personal_data_erasures WHERE subject_id = $1", personId),
            Is.EqualTo("1,0"));
        Assert.ThrowsAsync<ArgumentException>(() => _people.ErasePersonalDataAsync(personId, " ", "dsb.weber"));
    }

    [Test]
    public async Task When_events_carry_no_personal_data_Then_personal_hash_is_null_and_no_personal_row_is_written()
    {
        var (accountId, personId) = (Guid.NewGuid(), Guid.NewGuid());
        await _people.StartStreamAsync(accountId, "account", [new AccountOpened("A"), new MoneyDeposited(5)]);
        await _people.StartStreamAsync(personId, "person", [new NoteAdded(personId, null, "Rückruf")]);

        var withHash = await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_events WHERE stream_id IN ($1, $2) AND personal_hash IS NOT NULL", accountId, personId);
        var rows = await ScalarAsync<long>(
            "SELECT count(*) FROM event_store.mt_personal_data p JOIN event_store.mt_events e ON e.id = p.event_id WHERE e.stream_id IN ($1, $2)", accountId, personId);
        var note = (await _people.ReadStreamAsync(personId)).Single();

        Assert.That((withHash, rows), Is.EqualTo((0L, 0L)));
        Assert.That((note.Data, note.PersonalDataErased), Is.EqualTo(((object)new NoteAdded(personId, null, "Rückruf"), false)));
    }

    [Test]
    public async Task When_an_append_with_personal_data_conflicts_Then_no_personal_row_is_left_behind()
    {
        var (personId, latecomer) = (Guid.NewGuid(), Guid.NewGuid());
        await _people.StartStreamAsync(personId, "person", [Registered(personId), Moved(personId)]);

        Assert.ThrowsAsync<ConcurrencyException>(() => _people.AppendAsync(personId, 1, [new NoteAdded(latecomer, "zu spät", "Termin")]));
        Assert.ThrowsAsync<StreamAlreadyExistsException>(() => _people.StartStreamAsync(personId, "person", [Registered(latecomer)]));

        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_personal_data WHERE subject_id = $1", latecomer), Is.Zero);
    }

    [Test]
    public async Task When_one_unit_of_work_appends_personal_data_to_several_streams_Then_each_event_keeps_its_own_personal_row()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var session = await _people.OpenSessionAsync())
        {
            session.StartStream(first, "person", Registered(first));
            session.StartStream(second, "person", Registered(second), Moved(second));
            await session.SaveChangesAsync();
        }

        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_personal_data WHERE subject_id = $1", first), Is.EqualTo(1));
        Assert.That(await ScalarAsync<long>("SELECT count(*) FROM event_store.mt_personal_data WHERE subject_id = $1", second), Is.EqualTo(2));
        Assert.That((await _people.ReadStreamAsync(second)).Select(e => e.Data), Is.EqualTo(new object[] { Registered(second), Moved(second) }));
    }

    [Test]
    public void When_personal_data_names_no_subject_Then_the_append_is_refused_and_nothing_is_written()
    {
        var registry = TestRegistry.Create().Register<NoteAdded>("note_added").WithPersonalData(PersonalTestRegistry.IsPersonal, _ => null);
        var anonymous = new EventStore(DataSource, registry);
        var streamId = Guid.NewGuid();

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => anonymous.StartStreamAsync(streamId, "case", [new NoteAdded(Guid.NewGuid(), "Notiz", "x")]));

        Assert.That(error!.Message, Does.Contain("note_added").And.Contain("no data subject"));
        Assert.ThrowsAsync<StreamNotFoundException>(() => anonymous.AppendAsync(streamId, 1, [new MoneyDeposited(1)]));
    }

    [Test]
    public void When_a_personal_property_is_not_nullable_Then_registration_is_refused_with_a_clear_message()
    {
        var hookFirst = new EventTypeRegistry().WithPersonalData(PersonalTestRegistry.IsPersonal, PersonalTestRegistry.SubjectOf);
        var referenceType = Assert.Throws<ArgumentException>(() => hookFirst.Register<NameRequired>("name_required"));
        var typesFirst = new EventTypeRegistry().Register<BirthDateRequired>("birth_date_required");
        var valueType = Assert.Throws<ArgumentException>(() => typesFirst.WithPersonalData(PersonalTestRegistry.IsPersonal, PersonalTestRegistry.SubjectOf));

        Assert.That(referenceType!.Message, Does.Contain(nameof(NameRequired)).And.Contain("FamilyName (String)").And.Contain("not nullable").And.Contain("read as null"));
        Assert.That(valueType!.Message, Does.Contain(nameof(BirthDateRequired)).And.Contain("BirthDate (DateOnly)").And.Contain("not nullable"));
        Assert.That(hookFirst.IsKnown("name_required"), Is.False, "a refused type is not registered");
        Assert.That(PersonalTestRegistry.Create().PersonalPropertiesOf(typeof(PersonRegistered)), Is.EqualTo(new[] { "family_name", "given_names", "birth_date" }));
    }

    private async Task<string[]> KeysAsync(string jsonQuery, Guid id) =>
        await ScalarAsync<string[]>($"SELECT array_agg(k ORDER BY k) FROM ({jsonQuery}) AS r(json), jsonb_object_keys(r.json) AS k", id);
}
