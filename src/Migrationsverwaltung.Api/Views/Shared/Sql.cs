using Npgsql;

namespace Migrationsverwaltung.Api.Views.Shared;

/// <summary>Positional parameters ($1, $2, ...) for batch commands and queries; null becomes DBNull.</summary>
public static class Sql
{
    public static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(Parameter(value));
        }
        return command;
    }

    public static NpgsqlCommand Query(NpgsqlDataSource database, string sql, params object?[] values)
    {
        var command = database.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(Parameter(value));
        }
        return command;
    }

    public static NpgsqlParameter Parameter(object? value) => value switch
    {
        NpgsqlParameter ready => ready,
        null => new NpgsqlParameter { Value = DBNull.Value },
        _ => new NpgsqlParameter { Value = value },
    };

    /// <summary>A typed null (text), where PostgreSQL cannot infer the type of a bare NULL parameter.</summary>
    public static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text };

    public static NpgsqlParameter Date(DateOnly? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date };

    public static NpgsqlParameter Uuid(Guid? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid };

    /// <summary>A column of a set-based statement (<c>unnest($1::text[], ...)</c>), nulls kept.</summary>
    public static NpgsqlParameter Texts(IEnumerable<string?> values) =>
        new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text };

    public static NpgsqlParameter Dates(IEnumerable<DateOnly?> values) =>
        new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Date };

    public static NpgsqlParameter Uuids(IEnumerable<Guid> values) =>
        new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Uuid };

    public static async Task ExecuteAsync(NpgsqlConnection connection, List<NpgsqlBatchCommand> commands, CancellationToken cancellationToken)
    {
        if (commands.Count == 0)
        {
            return;
        }
        await using var batch = new NpgsqlBatch(connection);
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
