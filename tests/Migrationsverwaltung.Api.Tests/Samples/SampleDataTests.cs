using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Infrastructure.Samples;
using Migrationsverwaltung.Domain.Organisation;
using Migrationsverwaltung.Testing;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Samples;

public sealed class SampleDataTests
{
    [Test]
    public async Task Given_a_fresh_database_with_samples_on_Then_the_office_users_and_cases_are_loaded_once()
    {
        var database = await TestCluster.CreateDatabaseAsync("samples");
        try
        {
            var settings = new Dictionary<string, string?> { ["ConnectionStrings:EventStore"] = database, ["Samples:Seed"] = "true" };
            await using (var api = new ApiFactory(settings))
            {
                (await api.WaitUntilReadyAsync()).Dispose();
                var store = api.Services.GetRequiredService<EventStore.EventStore>();
                var office = await WaitForAsync(() => store.AggregateStreamAsync(SampleIds.Office, Office.Initial, (o, e) => OfficeEvolution.Evolve(o, (OfficeEvent)e)),
                    o => o?.State.Staff.Count == 6);
                Assert.That(office!.State.FileNumberPrefix, Is.EqualTo("ABH"));
                Assert.That(await WaitForAsync(() => CountAsync(database, "SELECT count(DISTINCT stream_id) FROM event_store.mt_events e JOIN event_store.mt_streams s ON s.id = e.stream_id WHERE s.type = 'case'"), n => n == 2), Is.EqualTo(2));
            }
            var events = await CountAsync(database, "SELECT count(*) FROM event_store.mt_events");
            await using (var again = new ApiFactory(new Dictionary<string, string?> { ["ConnectionStrings:EventStore"] = database, ["Samples:Seed"] = "true" }))
            {
                (await again.WaitUntilReadyAsync()).Dispose();
                await Task.Delay(1000);
            }
            Assert.That(await CountAsync(database, "SELECT count(*) FROM event_store.mt_events"), Is.EqualTo(events), "a second start adds nothing");
        }
        finally
        {
            await TestCluster.DropDatabaseAsync(database);
        }
    }

    private static async Task<long> CountAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        for (var i = 0; ; i++)
        {
            var value = await read();
            if (done(value) || i == 100)
            {
                return value;
            }
            await Task.Delay(100);
        }
    }
}
