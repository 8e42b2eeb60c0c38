using Migrationsverwaltung.Testing;

namespace Migrationsverwaltung.Api.Tests;

/// <summary>One API in memory per fixture, on a database of its own in the run's cluster.</summary>
public abstract class ApiTestBase
{
    protected string Database { get; private set; } = null!;
    internal ApiFactory Api { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartApi()
    {
        Database = await TestCluster.CreateDatabaseAsync(GetType().Name);
        Api = ApiFactory.WithDatabase(Database);
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        await Api.DisposeAsync();
        await TestCluster.DropDatabaseAsync(Database);
    }
}
