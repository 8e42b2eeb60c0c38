using Npgsql;

namespace Migrationsverwaltung.Api.Views.Shared;

/// <summary>
/// The read models of the caseworkers' and team leads' views live in schema "views", beside the event store and
/// "app". Each projection creates its own tables there (idempotent, at start-up).
/// </summary>
public static class ViewsSchema
{
    public const string Name = "views";

    /// <summary>The advisory lock under which the views' tables are created and converted.</summary>
    public const string MigrationLock = $"mvw-migrate:{Name}";

    /// <summary>Runs the projection's DDL under the schema's advisory lock: instances starting together wait for each other.</summary>
    public static async Task CreateAsync(NpgsqlConnection connection, string ddl, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT pg_advisory_xact_lock(hashtextextended('{MigrationLock}', 0));
            CREATE SCHEMA IF NOT EXISTS {Name};
            {ddl}
            """, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task TruncateAsync(NpgsqlConnection connection, IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"TRUNCATE {string.Join(", ", tables)}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
