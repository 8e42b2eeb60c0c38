using System.Text.Json.Nodes;
using Migrationsverwaltung.Testing;
using Npgsql;

namespace Migrationsverwaltung.Cli.Tests;

/// <summary>mvw retention and mvw export as an operator runs them: exit codes, JSON, clear errors, nothing written by a dry run.</summary>
public sealed class RetentionCommandTests
{
    private string _database = null!;
    private string _outbox = null!;

    [OneTimeSetUp]
    public async Task CreateDatabase()
    {
        _database = await TestCluster.CreateDatabaseAsync("cli_retention");
        _outbox = Path.Combine(Path.GetTempPath(), $"mvw-cli-outbox-{Guid.NewGuid():N}");
    }

    [OneTimeTearDown]
    public async Task DropDatabase()
    {
        await TestCluster.DropDatabaseAsync(_database);
        if (Directory.Exists(_outbox))
        {
            Directory.Delete(_outbox, recursive: true);
        }
    }

    [Test]
    public async Task A_dry_run_prints_its_report_as_JSON_and_writes_nothing()
    {
        var run = await Mvw.RunAsync(null, "retention", "run", "--dry-run", "--today", "2040-01-01", "--json", "--connection-string", _database, "--outbox", _outbox);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var report = JsonNode.Parse(run.Output)!.AsObject();
        Assert.That(report["dryRun"]!.GetValue<bool>(), Is.True);
        Assert.That(report["today"]!.GetValue<string>(), Is.EqualTo("2040-01-01"));
        Assert.That(await EventCountAsync(), Is.Zero);
        Assert.That(Directory.Exists(_outbox), Is.False);
    }

    [Test]
    public async Task Another_day_without_dry_run_is_a_usage_error()
    {
        var run = await Mvw.RunAsync(null, "retention", "run", "--today", "2040-01-01", "--connection-string", _database);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("--dry-run"));
    }

    [Test]
    public async Task An_invalid_evaluation_is_refused_with_the_usage_code_and_a_clear_message()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "<x:Aussonderung.Bewertungsverzeichnis.0502 xmlns:x=\"urn:xoev-de:xdomea:schema:3.0.0\"/>");
        try
        {
            var import = await Mvw.RunAsync(null, "retention", "import-evaluation", file, "--connection-string", _database, "--outbox", _outbox);

            Assert.That(import.ExitCode, Is.EqualTo(2), import.Output);
            Assert.That(import.Error, Does.Contain("xdomea"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task Due_lists_nothing_on_an_empty_store_and_export_of_an_unknown_person_fails()
    {
        var due = await Mvw.RunAsync(null, "retention", "due", "--connection-string", _database);
        var export = await Mvw.RunAsync(null, "export", "xdomea", "--person", Guid.NewGuid().ToString(), "--out", Path.Combine(_outbox, "x.zip"), "--connection-string", _database);

        Assert.That(due.ExitCode, Is.Zero, due.Error);
        Assert.That(due.Output, Does.Contain("0 file(s) due."));
        Assert.That(export.ExitCode, Is.EqualTo(1), export.Output);
        Assert.That(export.Error, Does.Contain("does not exist"));
    }

    private async Task<long> EventCountAsync()
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM event_store.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
