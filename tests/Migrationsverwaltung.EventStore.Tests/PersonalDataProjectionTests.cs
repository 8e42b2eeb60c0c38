using Migrationsverwaltung.EventStore.Projections;
using Npgsql;

namespace Migrationsverwaltung.EventStore.Tests;

/// <summary>A register of people by family name, the kind of read model that needs the merged personal data.</summary>
public sealed class PeopleProjection : IProjection
{
    public string Name => "people";

    public async Task EnsureSchemaAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "CREATE TABLE IF NOT EXISTS people (person_id uuid PRIMARY KEY, family_name text, city text, erased boolean NOT NULL)", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ApplyAsync(NpgsqlConnection connection, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            var (sql, personId, value) = e.Data switch
            {
                PersonRegistered r => ("INSERT INTO people VALUES ($1, $2, NULL, $3)", r.PersonId, r.FamilyName),
                PersonMoved m => ("UPDATE people SET city = $2, erased = erased OR $3 WHERE person_id = $1", m.PersonId, m.Address?.City),
                _ => (null, Guid.Empty, null),
            };
            if (sql is null)
            {
                continue;
            }
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = personId });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = e.PersonalDataErased });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task ResetAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("TRUNCATE people", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

[NonParallelizable]
public sealed class PersonalDataProjectionTests : DaemonTestBase
{
    [Test]
    public async Task Given_personal_data_kept_apart_When_the_daemon_projects_Then_it_sees_it_merged_and_an_erased_person_as_nulls()
    {
        var people = new EventStore(DataSource, PersonalTestRegistry.Create());
        var (kept, erased) = (Guid.NewGuid(), Guid.NewGuid());
        await people.StartStreamAsync(kept, "person", [new PersonRegistered(kept, "Nowak", "Jan", null, "POL"),
            new PersonMoved(kept, new Address("Westenhellweg 1", "44137", "Dortmund"), new DateOnly(2026, 5, 1))]);
        await people.StartStreamAsync(erased, "person", [new PersonRegistered(erased, "Haddad", "Lina", null, "SYR"),
            new PersonMoved(erased, new Address("Ring 3", "50667", "Köln"), new DateOnly(2026, 5, 2))]);
        await people.ErasePersonalDataAsync(erased, "Aufbewahrungsfrist abgelaufen", "retention-job");
        await using var daemon = NewDaemon(new PeopleProjection(), store: people);

        daemon.Start();
        await WaitForCatchUpAsync(daemon, "people");

        Assert.That(await ScalarAsync<string>("SELECT family_name || '|' || city || '|' || erased FROM people WHERE person_id = $1", kept),
            Is.EqualTo("Nowak|Dortmund|false"));
        Assert.That(await ScalarAsync<string>("SELECT coalesce(family_name, '-') || '|' || coalesce(city, '-') || '|' || erased FROM people WHERE person_id = $1", erased),
            Is.EqualTo("-|-|true"));
    }
}
