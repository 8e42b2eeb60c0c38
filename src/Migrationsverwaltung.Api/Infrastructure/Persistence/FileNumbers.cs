using Npgsql;

namespace Migrationsverwaltung.Api.Infrastructure.Persistence;

/// <summary>
/// Allocates the next file number of an office and year inside the command's transaction: a rolled-back
/// registration gives its number back, so numbers are unique, increasing and without gaps. Call it after the
/// stream was loaded for writing (the store's read-first rule, docs/adr/0002).
/// </summary>
public static class FileNumbers
{
    public static async Task<string> NextAsync(NpgsqlConnection connection, Guid officeId, string prefix, int year, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            INSERT INTO {AppSchema.Name}.file_number_counters (office_id, year, last_number) VALUES ($1, $2, 1)
            ON CONFLICT (office_id, year) DO UPDATE SET last_number = file_number_counters.last_number + 1
            RETURNING last_number
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = officeId });
        command.Parameters.Add(new NpgsqlParameter { Value = year });
        var number = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        return $"{prefix}-{year}-{number:D6}";
    }
}
