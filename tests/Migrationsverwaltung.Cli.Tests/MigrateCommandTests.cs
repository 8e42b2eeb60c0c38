using Migrationsverwaltung.Testing;
using Npgsql;

namespace Migrationsverwaltung.Cli.Tests;

public sealed class MigrateCommandTests
{
    [Test]
    public async Task When_migrating_an_empty_database_twice_Then_the_first_run_creates_the_schema_and_the_second_changes_nothing()
    {
        var database = await TestCluster.CreateDatabaseAsync("cli_migrate");
        try
        {
            var first = await Mvw.RunAsync(null, "migrate", "--connection-string", database);
            var second = await Mvw.RunAsync(new Dictionary<string, string> { ["ConnectionStrings__EventStore"] = database }, "migrate");

            Assert.That(first.ExitCode, Is.Zero, first.Error);
            Assert.That(first.Output, Does.Contain("applied migration(s) 1"));
            Assert.That(second.ExitCode, Is.Zero, second.Error);
            Assert.That(second.Output, Does.Contain("up to date"));
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) = max(version) AND min(version) = 1 FROM event_store.mt_schema_migrations", connection);
            Assert.That(await count.ExecuteScalarAsync(), Is.True, "every migration applied once");
        }
        finally
        {
            await TestCluster.DropDatabaseAsync(database);
        }
    }

    [Test]
    public async Task When_no_database_is_given_Then_it_says_how_to_give_one_and_exits_with_the_usage_code()
    {
        var result = await Mvw.RunAsync(null, "migrate");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("--connection-string").And.Contain("ConnectionStrings__EventStore"));
    }

    [Test]
    public async Task When_the_schema_name_is_unsafe_Then_it_is_refused_before_touching_the_database()
    {
        var result = await Mvw.RunAsync(null, "migrate", "--connection-string", "Host=127.0.0.1;Port=1;Username=x", "--schema", "x; DROP TABLE y");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("lower-case letters"));
    }

    [Test]
    public async Task Given_a_store_restored_into_another_cluster_When_rebasing_Then_appends_are_accepted_again()
    {
        var database = await TestCluster.CreateDatabaseAsync("cli_rebase");
        try
        {
            Assert.That((await Mvw.RunAsync(null, "migrate", "--connection-string", database)).ExitCode, Is.Zero);
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using (var simulateRestore = new NpgsqlCommand("UPDATE event_store.mt_event_store SET system_identifier = 7", connection))
            {
                await simulateRestore.ExecuteNonQueryAsync();
            }

            var result = await Mvw.RunAsync(null, "events", "rebase", "--connection-string", database);

            Assert.That(result.ExitCode, Is.Zero, result.Error);
            await using var check = new NpgsqlCommand(
                "SELECT s.system_identifier = c.system_identifier FROM event_store.mt_event_store s, pg_control_system() c", connection);
            Assert.That(await check.ExecuteScalarAsync(), Is.True);
        }
        finally
        {
            await TestCluster.DropDatabaseAsync(database);
        }
    }
}
