using Migrationsverwaltung.EmbeddedPostgres;
using Npgsql;

namespace Migrationsverwaltung.Api.Infrastructure;

/// <summary>
/// For ./run.sh and development: a durable local cluster in EmbeddedPostgres:DataDirectory (default
/// .data/postgres, relative to the working directory), so data survives restarts without installing a service.
/// </summary>
internal static class EmbeddedDatabase
{
    public const string DefaultDataDirectory = ".data/postgres";

    public static async Task<(EmbeddedPostgresServer Server, string ConnectionString)> StartAsync(IConfiguration configuration, ILogger logger)
    {
        var section = configuration.GetSection("EmbeddedPostgres");
        var directory = Path.GetFullPath(section["DataDirectory"] is { Length: > 0 } configured ? configured : DefaultDataDirectory);
        logger.LogInformation("No connection string configured; starting the embedded PostgreSQL in {DataDirectory}", directory);
        var server = await EmbeddedPostgresServer.StartAsync(new EmbeddedPostgresOptions
        {
            DataDirectory = directory,
            Durable = true,
            Port = section.GetValue<int?>("Port"),
            BinDirectory = section["BinDirectory"],
        });
        try
        {
            await CreateDatabaseIfMissingAsync(server.ConnectionString(), Database.EmbeddedDatabaseName);
        }
        catch
        {
            await server.StopAsync();
            throw;
        }
        logger.LogInformation("Embedded PostgreSQL listens on 127.0.0.1:{Port}", server.Port);
        return (server, server.ConnectionString(Database.EmbeddedDatabaseName));
    }

    private static async Task CreateDatabaseIfMissingAsync(string maintenanceConnectionString, string database)
    {
        await using var connection = new NpgsqlConnection(maintenanceConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
        {
            Parameters = { new() { Value = database } },
        };
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
    }
}
