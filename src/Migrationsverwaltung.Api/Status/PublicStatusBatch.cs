using Migrationsverwaltung.Domain.Cases;
using Npgsql;
using NpgsqlTypes;

namespace Migrationsverwaltung.Api.Status;

/// <summary>
/// The public_status projection for a large batch (a bulk import's chunk, a rebuild): instead of one statement per
/// event, the rows of the cases the batch touches are read once, every event is applied to them in memory exactly as
/// <see cref="PublicStatusProjection"/>'s statement for it would change the row, and the changed rows are written with
/// one upsert. PublicStatusBatchTests apply the same events both ways and compare the tables.
/// </summary>
internal static class PublicStatusBatch
{
    private sealed class Row
    {
        public required byte[] TokenHash { get; set; }
        public required string Status { get; set; }
        public string? ParkedFrom { get; set; }
        public DateTimeOffset? HandedOverAt { get; set; }
        public DateTimeOffset? EndedAt { get; set; }
        public DateTimeOffset UpdatedAt { get; set; }
        public bool Changed { get; set; }
    }

    public static async Task ApplyAsync(NpgsqlConnection connection, string table, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        var rows = await LoadAsync(connection, table, events.Select(e => e.CaseId).Distinct().ToArray(), cancellationToken);
        foreach (var e in events)
        {
            Apply(rows, e);
        }
        var changed = rows.Where(r => r.Value is { Changed: true }).ToList();
        if (changed.Count == 0)
        {
            return;
        }
        await using var command = new NpgsqlCommand($"""
            INSERT INTO {table} (case_id, token_hash, status, parked_from, handed_over_at, ended_at, updated_at)
            SELECT * FROM unnest($1::uuid[], $2::bytea[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::timestamptz[])
            ON CONFLICT (case_id) DO UPDATE SET token_hash = excluded.token_hash, status = excluded.status, parked_from = excluded.parked_from,
                handed_over_at = excluded.handed_over_at, ended_at = excluded.ended_at, updated_at = excluded.updated_at
            """, connection);
        command.Parameters.Add(Array(changed.Select(r => r.Key).ToArray(), NpgsqlDbType.Uuid));
        command.Parameters.Add(Array(changed.Select(r => r.Value!.TokenHash).ToArray(), NpgsqlDbType.Bytea));
        command.Parameters.Add(Array(changed.Select(r => r.Value!.Status).ToArray(), NpgsqlDbType.Text));
        command.Parameters.Add(Array(changed.Select(r => r.Value!.ParkedFrom).ToArray(), NpgsqlDbType.Text));
        command.Parameters.Add(Array(changed.Select(r => r.Value!.HandedOverAt).ToArray(), NpgsqlDbType.TimestampTz));
        command.Parameters.Add(Array(changed.Select(r => r.Value!.EndedAt).ToArray(), NpgsqlDbType.TimestampTz));
        command.Parameters.Add(Array(changed.Select(r => (DateTimeOffset?)r.Value!.UpdatedAt).ToArray(), NpgsqlDbType.TimestampTz));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlParameter Array<T>(T[] values, NpgsqlDbType type) => new() { Value = values, NpgsqlDbType = NpgsqlDbType.Array | type };

    /// <summary>The stored rows of these cases; a case without a row maps to null (its updates change nothing, as in SQL).</summary>
    private static async Task<Dictionary<Guid, Row?>> LoadAsync(NpgsqlConnection connection, string table, Guid[] caseIds, CancellationToken cancellationToken)
    {
        var rows = caseIds.ToDictionary(id => id, _ => (Row?)null);
        await using var command = new NpgsqlCommand(
            $"SELECT case_id, token_hash, status, parked_from, handed_over_at, ended_at, updated_at FROM {table} WHERE case_id = ANY($1)", connection);
        command.Parameters.Add(Array(caseIds, NpgsqlDbType.Uuid));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows[reader.GetGuid(0)] = new Row
            {
                TokenHash = reader.GetFieldValue<byte[]>(1),
                Status = reader.GetString(2),
                ParkedFrom = reader.IsDBNull(3) ? null : reader.GetString(3),
                HandedOverAt = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
                EndedAt = reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                UpdatedAt = reader.GetFieldValue<DateTimeOffset>(6),
            };
        }
        return rows;
    }

    /// <summary>What <see cref="PublicStatusProjection"/>'s statement for this event does to the row, case by case in the same order.</summary>
    private static void Apply(Dictionary<Guid, Row?> rows, CaseEvent e)
    {
        var at = e.At.ToUniversalTime();
        if (e is CaseRegistered registered)
        {
            if (rows[e.CaseId] is { } existing)
            {
                (existing.TokenHash, existing.Status, existing.UpdatedAt, existing.Changed) = (Convert.FromHexString(registered.StatusTokenHash), PublicStatus.Received, at, true);
            }
            else
            {
                rows[e.CaseId] = new Row { TokenHash = Convert.FromHexString(registered.StatusTokenHash), Status = PublicStatus.Received, UpdatedAt = at, Changed = true };
            }
            return;
        }
        if (rows[e.CaseId] is not { } row || !Changes(row, e, at))
        {
            return;
        }
        row.Changed = true;
    }

    private static bool Changes(Row row, CaseEvent e, DateTimeOffset at)
    {
        switch (e)
        {
            case StatusTokenReissued reissued:
                row.TokenHash = Convert.FromHexString(reissued.StatusTokenHash);
                return true;
            case CaseParked:
                (row.ParkedFrom, row.Status, row.UpdatedAt) = (row.Status, PublicStatus.InProgress, at);
                return true;
            case CaseResumed:
                (row.Status, row.ParkedFrom, row.UpdatedAt) = (row.ParkedFrom ?? row.Status, null, at);
                return true;
            case DocumentHandedOver or EatDeliveredToApplicant:
                (row.Status, row.HandedOverAt, row.UpdatedAt) = (PublicStatus.HandedOver, row.HandedOverAt ?? at, at);
                return true;
            case CaseClosed:
                row.EndedAt ??= at;
                return true;
        }
        if (PublicStatusProjection.StatusAfter(e) is not { } status || PublicStatus.Of(status) is not { } shown)
        {
            return false;
        }
        (row.Status, row.ParkedFrom, row.UpdatedAt) = (shown, null, at);
        if (PublicStatusProjection.Ends(e))
        {
            row.EndedAt ??= at;
        }
        return true;
    }
}
