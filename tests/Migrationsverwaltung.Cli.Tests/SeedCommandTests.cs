using System.Text.Json;
using Migrationsverwaltung.Testing;
using Npgsql;

namespace Migrationsverwaltung.Cli.Tests;

/// <summary>mvw seed as an operator runs it, against a real database.</summary>
public sealed class SeedCommandTests
{
    [Test]
    public async Task When_seeding_2000_cases_Then_the_store_holds_them_and_the_api_inline_projection_and_counters_are_built()
    {
        var database = await TestCluster.CreateDatabaseAsync("cli_seed");
        var tokens = Path.GetTempFileName();
        try
        {
            var result = await Mvw.RunAsync(null, "seed", "--cases", "2000", "--seed", "7", "--until", "2026-11-01", "--connection-string", database,
                "--status-tokens", tokens, "--json");

            Assert.That(result.ExitCode, Is.Zero, result.Error);
            using var report = JsonDocument.Parse(result.Output);
            Assert.That(report.RootElement.GetProperty("cases").GetInt32(), Is.EqualTo(2_000));
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            Assert.That(await ScalarAsync(connection, "SELECT count(*) FROM event_store.mt_streams WHERE type = 'case'"), Is.EqualTo(2_000));
            Assert.That(await ScalarAsync(connection, "SELECT count(*) FROM event_store.mt_events"), Is.EqualTo(report.RootElement.GetProperty("events").GetInt64()));
            Assert.That(await ScalarAsync(connection, """
                SELECT count(*) FROM event_store.mt_streams s WHERE s.type = 'case' AND NOT EXISTS (SELECT 1 FROM event_store.mt_events e WHERE e.stream_id = s.id
                    AND e.type IN ('case_closed', 'rejection_became_final', 'case_withdrawn', 'case_settled'))
                """), Is.EqualTo(report.RootElement.GetProperty("open_cases").GetInt64()), "open cases in the store = reported");
            Assert.That(await ScalarAsync(connection, "SELECT count(*) FROM app.public_status"),
                Is.EqualTo(await ScalarAsync(connection, "SELECT count(*) FROM event_store.mt_events WHERE type = 'case_registered'")), "inline projection fed");
            Assert.That(await ScalarAsync(connection, "SELECT count(*) FROM event_store.mt_personal_data"),
                Is.GreaterThanOrEqualTo(await ScalarAsync(connection, "SELECT count(*) FROM event_store.mt_streams WHERE type = 'person'")), "personal data kept apart");
            Assert.That(await ScalarAsync(connection, "SELECT sum(last_number) FROM app.file_number_counters"),
                Is.EqualTo(await ScalarAsync(connection, "SELECT count(*) FROM event_store.mt_events WHERE type = 'case_registered'")));
            Assert.That(File.ReadAllLines(tokens), Has.Length.GreaterThan(100).And.All.Match("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-."));
            await AssertDiskUseReportedAsync(report.RootElement, connection);

            var again = await Mvw.RunAsync(null, "seed", "--cases", "10", "--connection-string", database);
            Assert.That(again.ExitCode, Is.EqualTo(2));
            Assert.That(again.Error, Does.Contain("has streams already"));
        }
        finally
        {
            File.Delete(tokens);
            await TestCluster.DropDatabaseAsync(database);
        }
    }

    [Test]
    public async Task Given_too_little_free_disk_When_seeding_Then_it_refuses_before_writing_and_says_how_much_is_needed()
    {
        var database = await TestCluster.CreateDatabaseAsync("cli_seed_disk");
        try
        {
            var result = await Mvw.RunAsync(null, "seed", "--cases", "1000000", "--assume-free-gb", "5", "--connection-string", database);

            Assert.That(result.ExitCode, Is.EqualTo(4), result.Error);
            Assert.That(result.Error, Does.Contain("Not enough disk space").And.Contain($"{Seeding.DiskBudget.Needed(1_000_000) / 1e9:0.0} GB").And.Contain("5.0 GB"));
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            Assert.That(await ScalarAsync(connection, "SELECT count(*) FROM pg_tables WHERE schemaname = 'event_store'"), Is.Zero, "nothing created");
        }
        finally
        {
            await TestCluster.DropDatabaseAsync(database);
        }
    }

    [Test]
    public async Task Given_a_role_that_may_not_list_pg_wal_When_seeding_Then_the_report_says_the_wal_is_not_readable_and_the_seeding_succeeds()
    {
        var admin = await TestCluster.AdminConnectionStringAsync();
        var role = $"t_seed_{Guid.NewGuid():N}";
        var password = Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE ROLE {role} LOGIN PASSWORD '{password}'");
        await ExecuteAsync(admin, $"CREATE DATABASE {role} OWNER {role}");
        var database = new NpgsqlConnectionStringBuilder(admin) { Database = role, Username = role, Password = password }.ConnectionString;
        try
        {
            var result = await Mvw.RunAsync(null, "seed", "--cases", "50", "--seed", "3", "--until", "2026-11-01", "--connection-string", database,
                "--assume-free-gb", "100");

            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(result.Output, Does.Contain("Seeded 50 cases").And.Match(@"Disk: database \d+\.\d\d GB; WAL \(pg_wal\) not readable"));
        }
        finally
        {
            await TestCluster.DropDatabaseAsync(database);
            await ExecuteAsync(admin, $"DROP ROLE IF EXISTS {role}");
        }
    }

    /// <summary>The report's disk figures: the database as PostgreSQL counts it, whole WAL segments, and their sum.</summary>
    private static async Task AssertDiskUseReportedAsync(JsonElement report, NpgsqlConnection connection)
    {
        var database = report.GetProperty("database_bytes").GetInt64();
        var wal = report.GetProperty("wal_bytes").GetInt64();
        var segment = await ScalarAsync(connection, "SELECT setting::bigint FROM pg_settings WHERE name = 'wal_segment_size'");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.GetProperty("wal_readable").GetBoolean(), Is.True, "the tests connect as a superuser");
            Assert.That(database, Is.GreaterThanOrEqualTo(report.GetProperty("database_growth_bytes").GetInt64()).And.GreaterThan(0));
            Assert.That(database, Is.EqualTo(await ScalarAsync(connection, "SELECT pg_database_size(current_database())")).Within(5).Percent,
                "nothing writes to this database after the seeding");
            Assert.That(wal, Is.GreaterThanOrEqualTo(segment), "pg_wal holds at least the current segment");
            Assert.That(wal % segment, Is.Zero, "pg_wal of a primary without archiving holds whole segments only");
            Assert.That(report.GetProperty("database_and_wal_bytes").GetInt64(), Is.EqualTo(database + wal));
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
