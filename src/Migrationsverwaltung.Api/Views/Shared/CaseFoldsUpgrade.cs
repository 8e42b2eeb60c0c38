using System.Text.Json;
using Migrationsverwaltung.Domain.Cases;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Shared;

/// <summary>
/// Brings a fold table of the layout before the compressed one (state as jsonb) to the current layout, without a
/// replay: a fold is the same state in another encoding, so every row is decoded and encoded again, into a new table
/// that replaces the old one (dense: no dead row versions, no dropped column left in the rows). Runs from the
/// projection's EnsureSchemaAsync, so before the new version's first batch anywhere: at start-up before the app is
/// ready (inline inbox; an append racing it fails on the old column type and rolls back whole), when the daemon's
/// leader or a bulk import takes up the async backlog, before a rebuild. Atomic, in a transaction of its own or inside
/// the caller's, under the views' migration lock: instances starting together convert once.
/// Why not a rebuild: docs/adr/0012-compressed-case-folds.md.
/// </summary>
internal static class CaseFoldsUpgrade
{
    private const int PageSize = 5000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public static async Task RunAsync(NpgsqlConnection connection, CaseFolds folds, CancellationToken cancellationToken)
    {
        if (!await HoldsJsonAsync(connection, folds.Table, cancellationToken))
        {
            return;
        }
        await using var own = await BeginUnlessInTransactionAsync(connection, cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock(hashtextextended('{ViewsSchema.MigrationLock}', 0))", cancellationToken);
        if (!await HoldsJsonAsync(connection, folds.Table, cancellationToken))
        {
            return;
        }
        var packing = $"{folds.Table}_packing";
        await ExecuteAsync(connection, $"CREATE TABLE {packing} (case_id uuid NOT NULL, state bytea NOT NULL)", cancellationToken);
        Guid? after = null;
        while (await ReadPageAsync(connection, folds.Table, after, cancellationToken) is { Count: > 0 } page)
        {
            await using var insert = new NpgsqlCommand($"INSERT INTO {packing} (case_id, state) SELECT * FROM unnest($1::uuid[], $2::bytea[])", connection);
            insert.Parameters.Add(Sql.Uuids(page.Select(p => p.CaseId)));
            insert.Parameters.Add(CaseFolds.Packed(page.Select(p => p.State)));
            await insert.ExecuteNonQueryAsync(cancellationToken);
            after = page[^1].CaseId;
        }
        // The key is built after the fill (sorted, densely packed) and gets the name a new table's key has.
        var name = folds.Table[(folds.Table.IndexOf('.') + 1)..];
        await ExecuteAsync(connection, $"DROP TABLE {folds.Table}; ALTER TABLE {packing} RENAME TO {name}; ALTER TABLE {folds.Table} ADD PRIMARY KEY (case_id)", cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }
    }

    private static async Task<bool> HoldsJsonAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT EXISTS (SELECT FROM pg_attribute WHERE attrelid = to_regclass($1) AND attname = 'state' AND atttypid = 'jsonb'::regtype)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<List<(Guid CaseId, Case State)>> ReadPageAsync(NpgsqlConnection connection, string table, Guid? after, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT case_id, state::text FROM {table} WHERE $1::uuid IS NULL OR case_id > $1 ORDER BY case_id LIMIT {PageSize}", connection);
        command.Parameters.Add(Sql.Uuid(after));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var page = new List<(Guid, Case)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add((reader.GetGuid(0), JsonSerializer.Deserialize<Case>(reader.GetString(1), Json)!));
        }
        return page;
    }

    /// <summary>Npgsql does not tell whether the connection is in a transaction, but refuses to begin a second one: then the caller's holds the conversion.</summary>
    private static async Task<NpgsqlTransaction?> BeginUnlessInTransactionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            return await connection.BeginTransactionAsync(cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
