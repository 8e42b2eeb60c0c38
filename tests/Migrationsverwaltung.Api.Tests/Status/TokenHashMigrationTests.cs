using System.Net;
using System.Text.Json;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Api.Status;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.EventStore.Schema;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Status;

/// <summary>
/// A database of the version before keys app.public_status by the hash's hex text. Migration 120 (`mvw migrate`), or the
/// projection's schema check at start-up, converts it to the 32 bytes; the same tokens then find the same states.
/// </summary>
public sealed class TokenHashMigrationTests : ApiTestBase
{
    private const string Table = "app.public_status";
    private readonly List<(string Token, string Status)> _issued = [];
    private string _newLayout = "";

    [OneTimeSetUp]
    public async Task Given_two_registered_cases_one_of_them_waiting_for_documents()
    {
        var host = await StatusHost.StartAsync(Api, permitsPerMinute: 100_000);
        await CaseDriver.EstablishOfficeAsync(host.Services);
        var (_, received, _) = await StatusCases.RegisterAsync(host);
        var (waiting, token, _) = await StatusCases.RegisterAsync(host);
        foreach (var step in StatusCases.ToHandover(host).Take(2))
        {
            await step.Run(waiting);
        }
        _issued.Add((received, await StatusOfAsync(host, received)));
        _issued.Add((token, await StatusOfAsync(host, token)));
        Assert.That(_issued.Select(i => i.Status), Is.EqualTo(new[] { PublicStatus.Received, PublicStatus.DocumentsNeeded }));
        _newLayout = await LayoutAsync();
        await host.Factory.DisposeAsync();
    }

    [Test]
    public async Task Given_the_hex_layout_When_the_app_migrations_run_Then_the_rows_are_converted_and_each_token_finds_its_status()
    {
        var rows = await RowsAsync();
        await DowngradeAsync();
        Assert.That(await TokenHashTypeAsync(), Is.EqualTo("text"));
        Assert.That(await ScalarAsync<string>($"SELECT token_hash FROM {Table} ORDER BY token_hash LIMIT 1"), Has.Length.EqualTo(64), "hex as before");

        await using (var dataSource = NpgsqlDataSource.Create(Database))
        {
            var applied = await new VersionedSchema(dataSource, AppSchema.Name, "schema_migrations", AppSchema.Migrations).MigrateAsync();
            Assert.That(applied, Is.EqualTo(new[] { TokenHashAsBytes.Migration.Version }));
        }

        Assert.That(await TokenHashTypeAsync(), Is.EqualTo("bytea"));
        Assert.That(await LayoutAsync(), Is.EqualTo(_newLayout), "as a new table");
        Assert.That(await RowsAsync(), Is.EqualTo(rows), "the same rows, each key the same hash");
        await LookUpEachAsync();
    }

    [Test]
    public async Task Given_the_hex_layout_When_the_new_version_starts_Then_the_projections_schema_check_converts_it_before_the_app_migrations_run()
    {
        var rows = await RowsAsync();
        await DowngradeAsync();

        // What the store's start-up runs for every inline projection, before the app's migrations and before the app is ready.
        await using (var connection = new NpgsqlConnection(Database))
        {
            await connection.OpenAsync();
            await new PublicStatusProjection().EnsureSchemaAsync(connection, CancellationToken.None);
        }
        Assert.That(await TokenHashTypeAsync(), Is.EqualTo("bytea"));
        Assert.That(await LayoutAsync(), Is.EqualTo(_newLayout));
        Assert.That(await RowsAsync(), Is.EqualTo(rows));

        await LookUpEachAsync();
        Assert.That(await ScalarAsync<long>($"SELECT count(*) FROM {AppSchema.Name}.schema_migrations WHERE version = {TokenHashAsBytes.Migration.Version}"), Is.EqualTo(1),
            "the migration is recorded at start-up, finding nothing left to do");
    }

    /// <summary>Starts the new version, looks every token up through the API, registers one more case (an append), stops.</summary>
    private async Task LookUpEachAsync()
    {
        var host = await StatusHost.StartAsync(Api, permitsPerMinute: 100_000);
        try
        {
            foreach (var (token, status) in _issued)
            {
                Assert.That(await StatusOfAsync(host, token), Is.EqualTo(status));
            }
            Assert.That(await StatusOfAsync(host, StatusTokens.Create()), Is.EqualTo(PublicStatus.Unknown));
            var (_, fresh, _) = await StatusCases.RegisterAsync(host);
            Assert.That(await StatusOfAsync(host, fresh), Is.EqualTo(PublicStatus.Received));
            _issued.Add((fresh, PublicStatus.Received));
        }
        finally
        {
            await host.Factory.DisposeAsync();
        }
    }

    /// <summary>The table as the version before had it: the hash as hex text, no length check, migration 120 not applied.</summary>
    private async Task DowngradeAsync() => await ScalarAsync<object>($"""
        ALTER TABLE {Table} DROP CONSTRAINT public_status_token_hash_check;
        ALTER TABLE {Table} ALTER COLUMN token_hash TYPE text USING encode(token_hash, 'hex');
        DELETE FROM {AppSchema.Name}.schema_migrations WHERE version = {TokenHashAsBytes.Migration.Version};
        """);

    private static async Task<string> StatusOfAsync(StatusHost host, string token)
    {
        using var response = await host.LookUpAsync(token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("status").GetString()!;
    }

    private Task<string?> TokenHashTypeAsync() => ScalarAsync<string>(
        $"SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = '{Table}'::regclass AND attname = 'token_hash'");

    /// <summary>Columns with types, then constraints with their definitions.</summary>
    private async Task<string> LayoutAsync() => (await ScalarAsync<string>($"""
        SELECT (SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod) || CASE WHEN attnotnull THEN ' not null' ELSE '' END, ', ' ORDER BY attnum)
                FROM pg_attribute WHERE attrelid = '{Table}'::regclass AND attnum > 0 AND NOT attisdropped)
            || '; ' || (SELECT string_agg(conname || ' ' || pg_get_constraintdef(oid), ', ' ORDER BY conname) FROM pg_constraint WHERE conrelid = '{Table}'::regclass)
        """))!;

    /// <summary>Every row, the key as hex whatever its type.</summary>
    private async Task<string> RowsAsync() => (await ScalarAsync<string>($"""
        SELECT string_agg(concat_ws('|', replace(token_hash::text, '\x', ''), case_id, status, parked_from, handed_over_at, ended_at, updated_at), E'\n' ORDER BY case_id)
        FROM {Table}
        """))!;

    private async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? default : (T?)value;
    }
}
