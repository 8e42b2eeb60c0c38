using System.Text.Json;
using Migrationsverwaltung.Domain.Cases;
using Npgsql;
using NpgsqlTypes;

namespace Migrationsverwaltung.Api.Views.Shared;

/// <summary>
/// A projection's own copy of each open case's folded state (jsonb), so that a batch of events needs one read
/// for all its cases instead of replaying their streams. Only open cases are kept: a case that ended is deleted,
/// and the decider never reopens one.
/// </summary>
public sealed class CaseFolds(string table)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public string Table { get; } = table;

    public string Schema => $"CREATE TABLE IF NOT EXISTS {Table} (case_id uuid PRIMARY KEY, state jsonb NOT NULL);";

    public async Task<Dictionary<Guid, Case>> LoadAsync(NpgsqlConnection connection, IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT case_id, state::text FROM {Table} WHERE case_id = ANY($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = caseIds.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var folds = new Dictionary<Guid, Case>();
        while (await reader.ReadAsync(cancellationToken))
        {
            folds[reader.GetGuid(0)] = JsonSerializer.Deserialize<Case>(reader.GetString(1), Json)!;
        }
        return folds;
    }

    /// <summary>Keeps the open cases' states, forgets the ended ones.</summary>
    public IEnumerable<NpgsqlBatchCommand> Save(IReadOnlyDictionary<Guid, Case> states)
    {
        var open = states.Where(s => s.Value.Status.IsOpen()).ToList();
        var ended = states.Where(s => !s.Value.Status.IsOpen()).Select(s => s.Key).ToArray();
        if (open.Count > 0)
        {
            yield return Sql.Command($"""
                INSERT INTO {Table} (case_id, state) SELECT * FROM unnest($1::uuid[], $2::jsonb[])
                ON CONFLICT (case_id) DO UPDATE SET state = excluded.state
                """,
                open.Select(s => s.Key).ToArray(),
                new NpgsqlParameter { Value = open.Select(s => JsonSerializer.Serialize(s.Value, Json)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        }
        if (ended.Length > 0)
        {
            yield return Sql.Command($"DELETE FROM {Table} WHERE case_id = ANY($1)", ended);
        }
    }
}
