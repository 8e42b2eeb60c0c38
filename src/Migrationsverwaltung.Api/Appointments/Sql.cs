using Npgsql;

namespace Migrationsverwaltung.Api.Appointments;

/// <summary>Positional parameters ($1, $2, …) in one line; null becomes DBNull, instants become UTC.</summary>
internal static class Sql
{
    public static NpgsqlCommand Command(NpgsqlConnection connection, string text, params object?[] values)
    {
        var command = new NpgsqlCommand(text, connection);
        foreach (var value in values)
        {
            // timestamptz takes only UTC offsets; the slot grid's instants carry Berlin's.
            command.Parameters.Add(new NpgsqlParameter { Value = value is DateTimeOffset instant ? instant.ToUniversalTime() : value ?? DBNull.Value });
        }
        return command;
    }

    public const string UniqueViolation = "23505";
}
