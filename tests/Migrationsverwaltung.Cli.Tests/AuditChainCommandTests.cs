using System.Text.Json.Nodes;
using Migrationsverwaltung.Testing;
using Npgsql;

namespace Migrationsverwaltung.Cli.Tests;

/// <summary>mvw audit verify and mvw audit anchor against a seeded store (bulk-imported, so the seed's chains are checked too).</summary>
public sealed class AuditChainCommandTests
{
    private string _database = null!;
    private string _exported = null!;

    [OneTimeSetUp]
    public async Task ASeededStoreWithAnExportedAnchor()
    {
        _database = await TestCluster.CreateDatabaseAsync("cli_audit_chain");
        var seeded = await Mvw.RunAsync(null, "seed", "--cases", "60", "--offices", "1", "--years", "1", "--until", "2026-11-01", "--connection-string", _database);
        Assert.That(seeded.ExitCode, Is.Zero, seeded.Error);
        _exported = Path.Combine(Path.GetTempPath(), $"mvw-anchor-{Guid.NewGuid():N}.json");
    }

    [OneTimeTearDown]
    public async Task Drop()
    {
        File.Delete(_exported);
        await TestCluster.DropDatabaseAsync(_database);
    }

    [Test, Order(1)]
    public async Task A_seeded_store_verifies_and_an_anchor_is_created_exported_and_holds()
    {
        var verify = await Mvw.RunAsync(null, "audit", "verify", "--all", "--json", "--connection-string", _database);
        var created = await Mvw.RunAsync(null, "audit", "anchor", "create", "--json", "--connection-string", _database);
        var export = await Mvw.RunAsync(null, "audit", "anchor", "export", "--output", _exported, "--connection-string", _database);
        var check = await Mvw.RunAsync(null, "audit", "anchor", "check", "--file", _exported, "--connection-string", _database);

        Assert.That(verify.ExitCode, Is.Zero, verify.Error);
        var result = JsonNode.Parse(verify.Output)!;
        Assert.That(result["intact"]!.GetValue<bool>(), Is.True);
        Assert.That(result["events"]!.GetValue<long>(), Is.GreaterThan(60));
        Assert.That(verify.Error, Does.Contain("100 %"), "progress on stderr");
        Assert.That(created.ExitCode, Is.Zero, created.Error);
        Assert.That(export.ExitCode, Is.Zero, export.Error);
        Assert.That(JsonNode.Parse(File.ReadAllText(_exported))!["root_hash"]!.GetValue<string>(),
            Is.EqualTo(JsonNode.Parse(created.Output)!["root_hash"]!.GetValue<string>()));
        Assert.That(check.ExitCode, Is.Zero, check.Output + check.Error);
    }

    [Test, Order(2)]
    public async Task After_an_old_event_is_changed_in_SQL_verify_and_the_anchor_check_exit_with_6_and_name_it()
    {
        Guid stream;
        await using (var connection = new NpgsqlConnection(_database))
        {
            await connection.OpenAsync();
            await using var tamper = new NpgsqlCommand(
                "UPDATE event_store.mt_events SET user_name = 'niemand' WHERE seq_id = (SELECT min(seq_id) FROM event_store.mt_events WHERE version = 2) RETURNING stream_id",
                connection);
            stream = (Guid)(await tamper.ExecuteScalarAsync())!;
        }

        var verify = await Mvw.RunAsync(null, "audit", "verify", "--json", "--connection-string", _database);
        var check = await Mvw.RunAsync(null, "audit", "anchor", "check", "--file", _exported, "--connection-string", _database);

        Assert.That(verify.ExitCode, Is.EqualTo(6), verify.Error);
        var broken = JsonNode.Parse(verify.Output)!["broken_links"]!.AsArray().Single()!;
        Assert.That((broken["stream_id"]!.GetValue<Guid>(), broken["version"]!.GetValue<long>(), broken["kind"]!.GetValue<string>()),
            Is.EqualTo((stream, 2L, "altered")));
        Assert.That(check.ExitCode, Is.EqualTo(6), check.Error);
        Assert.That(check.Output, Does.Contain($"{stream} version 2: altered"));
    }

    [TestCase("audit", "verify", "--all", "--stream", "9f1c2d3e-0000-4000-8000-000000000001")]
    [TestCase("audit", "anchor", "check")]
    [TestCase("audit", "anchor", "check", "--file", "/nonexistent/anchor.json")]
    [TestCase("audit", "verify", "--parallelism", "0")]
    public async Task Bad_arguments_exit_with_2_and_a_message(params string[] arguments)
    {
        var result = await Mvw.RunAsync(null, [.. arguments, "--connection-string", _database]);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith("mvw: "));
    }
}
