using System.Diagnostics;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Migrationsverwaltung.Api.Infrastructure.AccessLog;

/// <summary>
/// Who looked at (or worked on) whose data: one append-only row per request, listing the ids of the cases and
/// persons whose data it returned or changed. Auditors read it (GetAccessLog).
/// </summary>
public static class AccessLogWriter
{
    public static async Task RecordAsync(NpgsqlConnection connection, CurrentActor current, string useCase, IEnumerable<Guid> subjects, CancellationToken cancellationToken)
    {
        var ids = subjects.Where(id => id != Guid.Empty).Distinct().ToArray();
        if (ids.Length == 0)
        {
            return;
        }
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {AppSchema.Name}.access_log (user_id, role, use_case, correlation_id, subject_ids) VALUES ($1, $2, $3, $4, $5)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = current.Actor.UserId });
        command.Parameters.Add(new NpgsqlParameter { Value = current.Actor.Role.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = useCase });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)Activity.Current?.TraceId.ToString() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
        command.Parameters.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
