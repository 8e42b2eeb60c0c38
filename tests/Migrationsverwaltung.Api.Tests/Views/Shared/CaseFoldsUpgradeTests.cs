using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Cases.Lifecycle;
using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Views.Backlog;
using Migrationsverwaltung.Api.Views.Inbox;
using Migrationsverwaltung.Api.Views.Shared;
using Npgsql;
using NpgsqlTypes;

namespace Migrationsverwaltung.Api.Tests.Views.Shared;

/// <summary>
/// A database of the version before keeps each fold as jsonb. The new version converts the table in place where the
/// projection ensures its schema: the inline inbox at start-up, the async backlog when the daemon's leader takes it up;
/// atomically, also inside a caller's transaction. Afterwards the views go on exactly as if the new version had built them.
/// </summary>
public sealed class CaseFoldsUpgradeTests : ViewsTestBase
{
    private const string InboxFold = "views.inbox_fold";
    private const string BacklogFold = "views.backlog_fold";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);
    private static readonly string[] Tables =
        [InboxFold, InboxProjection.Cases, InboxProjection.Directory, InboxProjection.Names, BacklogFold, BacklogProjection.OpenCases, BacklogProjection.Deadlines, BacklogProjection.Flow];

    private IReadOnlyList<CaseDriver> _mix = [];

    [OneTimeSetUp]
    public async Task Given_the_mix_of_cases()
    {
        _mix = await new ViewStories(Services, Clock).MixAsync();
        await WaitForAsyncProjectionsAsync(BacklogProjection.ProjectionName);
    }

    [Test]
    public async Task When_the_new_version_starts_on_jsonb_folds_Then_they_are_converted_and_the_views_go_on_as_if_it_had_built_them()
    {
        var before = await SnapshotAsync(Tables);
        Assert.That(before[InboxFold], Is.Not.Empty);

        await RestartAsync(async () =>
        {
            await DowngradeAsync(InboxFold);
            await DowngradeAsync(BacklogFold);
            Assert.That(await StateTypeAsync(InboxFold), Is.EqualTo("jsonb"), "the old layout is in place");
        });
        Assert.That(await StateTypeAsync(InboxFold), Is.EqualTo("bytea"), "inline: converted at start-up, before the app is ready");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await StateTypeAsync(BacklogFold) != "bytea" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.That(await StateTypeAsync(BacklogFold), Is.EqualTo("bytea"), "async: converted when the daemon's leader takes the projection up");
        Assert.That(await SnapshotAsync(Tables), Is.EqualTo(before), "every state as before, in the new encoding; nothing else changed");

        var assigned = _mix[0];
        await new CaseDriver(Services, CaseDriver.Caseworker()).SendAsync(new AssignCase.Command
        {
            CaseId = assigned.CaseId, ExpectedVersion = assigned.Version, Caseworker = "sb-5", TeamId = CaseDriver.Team,
        });
        await new ViewStories(Services, Clock).ReceivedAsync("AE_28", PinnedToday, "sb-6");
        await WaitForAsyncProjectionsAsync(BacklogProjection.ProjectionName);
        var after = await SnapshotAsync(Tables);

        using (Assert.EnterMultipleScope())
        {
            foreach (var fold in new[] { InboxFold, BacklogFold })
            {
                Assert.That(await StateTypeAsync(fold), Is.EqualTo("bytea"), fold);
                Assert.That(await LayoutAsync(fold), Is.EqualTo($"case_id uuid not null, state bytea not null; {fold[6..]}_pkey PRIMARY KEY (case_id)"), "as a new table");
                Assert.That(after[fold].Except(before[fold]).ToList(), Has.Count.EqualTo(2), "the assigned case changed, the new one was added");
                Assert.That(before[fold].Except(after[fold]).Single(), Does.Contain(assigned.CaseId.ToString()));
            }
            Assert.That(await LeftoverTablesAsync(), Is.Empty, "no table of the conversion left");
        }

        await RebuildInlineProjectionAsync(InboxProjection.ProjectionName);
        await RebuildAsyncProjectionAsync(BacklogProjection.ProjectionName);
        Assert.That(await SnapshotAsync(Tables), Is.EqualTo(after), "built from zero by the new version: the same");
    }

    [Test]
    public async Task When_the_conversion_runs_in_a_callers_transaction_Then_it_is_part_of_it()
    {
        var before = await SnapshotAsync(InboxFold);
        await DowngradeAsync(InboxFold);
        var projection = Services.GetServices<ProjectionRegistration>().Single(r => r.Projection.Name == InboxProjection.ProjectionName).Projection;
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await projection.EnsureSchemaAsync(connection, CancellationToken.None);
            Assert.That(await StateTypeAsync(InboxFold, connection), Is.EqualTo("bytea"), "converted inside the transaction");
            await transaction.RollbackAsync();
        }
        Assert.That(await StateTypeAsync(InboxFold), Is.EqualTo("jsonb"), "rolled back with the caller's transaction");

        await projection.EnsureSchemaAsync(connection, CancellationToken.None);
        Assert.That(await StateTypeAsync(InboxFold), Is.EqualTo("bytea"), "without a transaction: one of its own");
        Assert.That(await SnapshotAsync(InboxFold), Is.EqualTo(before));
        Assert.That(await LeftoverTablesAsync(), Is.Empty);
    }

    /// <summary>The table as the version before created and filled it: jsonb, the state's JSON.</summary>
    private async Task DowngradeAsync(string table)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        var ids = new List<Guid>();
        var states = new List<string>();
        await using (var read = new NpgsqlCommand($"SELECT case_id, state FROM {table}", connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetGuid(0));
                states.Add(JsonSerializer.Serialize(CaseFoldCodec.Unpack(reader.GetFieldValue<byte[]>(1)), Json));
            }
        }
        await using (var create = new NpgsqlCommand($"DROP TABLE {table}; CREATE TABLE {table} (case_id uuid PRIMARY KEY, state jsonb NOT NULL)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }
        await using var write = new NpgsqlCommand($"INSERT INTO {table} (case_id, state) SELECT * FROM unnest($1::uuid[], $2::jsonb[])", connection);
        write.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        write.Parameters.Add(new NpgsqlParameter { Value = states.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        await write.ExecuteNonQueryAsync();
    }

    private async Task<string?> StateTypeAsync(string table, NpgsqlConnection? connection = null) =>
        await ScalarAsync<string>(connection,
            "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = to_regclass($1) AND attname = 'state' AND NOT attisdropped", table);

    private async Task<string?> LayoutAsync(string table) =>
        await ScalarAsync<string>(null, """
            SELECT (SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod) || CASE WHEN attnotnull THEN ' not null' ELSE '' END, ', ' ORDER BY attnum)
                    FROM pg_attribute WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped)
                || '; ' || (SELECT string_agg(conname || ' ' || pg_get_constraintdef(oid), ', ') FROM pg_constraint WHERE conrelid = to_regclass($1))
            """, table);

    private async Task<string?> LeftoverTablesAsync() =>
        await ScalarAsync<string>(null, "SELECT coalesce(string_agg(tablename, ', '), '') FROM pg_tables WHERE schemaname = 'views' AND tablename LIKE '%packing%'");

    private async Task<T?> ScalarAsync<T>(NpgsqlConnection? connection, string sql, params object[] values)
    {
        await using var own = connection is null ? new NpgsqlConnection(Database) : null;
        if (own is not null)
        {
            await own.OpenAsync();
        }
        await using var command = new NpgsqlCommand(sql, connection ?? own);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        return (T?)await command.ExecuteScalarAsync();
    }
}
