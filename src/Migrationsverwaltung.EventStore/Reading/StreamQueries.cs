using Npgsql;
using NpgsqlTypes;

namespace Migrationsverwaltung.EventStore.Reading;

/// <summary>SQL for reading one stream, all or up to a version or point in time.</summary>
internal static class StreamQueries
{
    public static NpgsqlBatchCommand ReadStream(EventStoreOptions options, Guid streamId, ReadOptions read)
    {
        var sql = $"SELECT {EventRows.Columns(options)} FROM {EventRows.From(options)} WHERE e.stream_id = $1";
        var command = new NpgsqlBatchCommand();
        command.Parameters.Add(new NpgsqlParameter { Value = streamId, NpgsqlDbType = NpgsqlDbType.Uuid });
        if (read.ToVersion is { } version)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(version, nameof(read.ToVersion));
            command.Parameters.Add(new NpgsqlParameter { Value = version, NpgsqlDbType = NpgsqlDbType.Bigint });
            sql += $" AND e.version <= ${command.Parameters.Count}";
        }
        if (read.ToTimestamp is { } timestamp)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = timestamp.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
            sql += $" AND e.timestamp <= ${command.Parameters.Count}";
        }
        if (!read.IncludeArchived)
        {
            sql += " AND NOT e.is_archived";
        }
        command.CommandText = sql + " ORDER BY e.version";
        return command;
    }
}
