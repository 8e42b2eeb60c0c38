using Migrationsverwaltung.EventStore.Projections;
using Migrationsverwaltung.Testing;
using Npgsql;

namespace Migrationsverwaltung.EventStore.Tests;

/// <summary>Each fixture gets its own database in the run's PostgreSQL cluster and an initialised store.</summary>
public abstract class StoreTestBase
{
    protected string ConnectionString { get; private set; } = "";
    protected NpgsqlDataSource DataSource { get; private set; } = null!;
    protected EventStore Store { get; private set; } = null!;

    protected virtual IEnumerable<IProjection> InlineProjections => [];

    [OneTimeSetUp]
    public async Task CreateDatabase()
    {
        ConnectionString = await TestCluster.CreateDatabaseAsync(GetType().Name);
        DataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(ConnectionString) { MaxPoolSize = 120 }.ConnectionString);
        Store = new EventStore(DataSource, TestRegistry.Create(), inlineProjections: InlineProjections);
        await Store.InitializeAsync();
    }

    [OneTimeTearDown]
    public async Task DropDatabase()
    {
        await DataSource.DisposeAsync();
        await TestCluster.DropDatabaseAsync(ConnectionString);
    }

    protected async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }
        return (T)(await command.ExecuteScalarAsync())!;
    }

    protected async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }
        await command.ExecuteNonQueryAsync();
    }
}
