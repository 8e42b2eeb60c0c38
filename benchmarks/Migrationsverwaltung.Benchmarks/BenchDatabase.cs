using Npgsql;

namespace Migrationsverwaltung.Benchmarks;

/// <summary>Each benchmark gets a fresh database in the cluster, so their tables and statistics do not mix.</summary>
public static class BenchDatabase
{
    public static async Task<string> CreateAsync(BenchOptions options, string name)
    {
        await using (var admin = new NpgsqlConnection(options.AdminConnectionString))
        {
            await admin.OpenAsync();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        }
        return options.ConnectionStringFor(name);
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql, int timeoutSeconds = 600)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = timeoutSeconds };
        await command.ExecuteNonQueryAsync();
    }

    public static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql, int timeoutSeconds = 600)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await ExecuteAsync(connection, sql, timeoutSeconds);
    }

    public static async Task<T> ScalarAsync<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
