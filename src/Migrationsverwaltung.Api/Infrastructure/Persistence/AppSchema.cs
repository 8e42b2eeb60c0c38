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
        new(2, "access log (append-only)", """
            CREATE TABLE {s}.access_log (
                id bigserial PRIMARY KEY,
                at timestamptz NOT NULL DEFAULT now(),
                user_id varchar(100) NOT NULL,
                role varchar(40) NOT NULL,
                use_case varchar(100) NOT NULL,
                correlation_id varchar(100),
                subject_ids uuid[] NOT NULL);
            CREATE INDEX access_log_subjects ON {s}.access_log USING gin (subject_ids);
            CREATE INDEX access_log_user ON {s}.access_log (user_id, at);
            -- Append-only: what was looked at can be added, never changed or removed by the application.
            CREATE FUNCTION {s}.access_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'access_log is append-only';
            END $$;
            CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {s}.access_log
                FOR EACH STATEMENT EXECUTE FUNCTION {s}.access_log_is_append_only();
            """),
    ];
}
