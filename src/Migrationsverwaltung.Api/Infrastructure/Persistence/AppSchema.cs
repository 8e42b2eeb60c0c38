using Migrationsverwaltung.EventStore.Schema;

namespace Migrationsverwaltung.Api.Infrastructure.Persistence;

/// <summary>
/// The application's own tables beside the event store (schema "app"): versioned, append-only migrations,
/// applied at start-up with the store's. Read models of projections create their own tables.
/// </summary>
public static class AppSchema
{
    public const string Name = "app";

    public static readonly IReadOnlyList<SqlMigration> Migrations =
    [
        new(1, "command idempotency, file number counters", """
            CREATE TABLE {s}.command_idempotency (
                command_id varchar(100) PRIMARY KEY,
                request_hash bytea NOT NULL,
                stream_id uuid NOT NULL,
                result jsonb NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now());
            CREATE INDEX command_idempotency_age ON {s}.command_idempotency (created_at);

            -- One counter per office and year: file numbers ABH-2026-000123 are unique and increasing.
            CREATE TABLE {s}.file_number_counters (
                office_id uuid NOT NULL,
                year int NOT NULL,
                last_number int NOT NULL,
                PRIMARY KEY (office_id, year));
            """),
    ];
}
