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
        new(3, "document content: staging and chunked content, de-duplicated per person", """
            -- Uploads arrive here chunk by chunk, each chunk in its own short transaction (docs/adr/0007).
            CREATE TABLE {s}.document_staging (
                upload_id uuid NOT NULL,
                chunk_no int NOT NULL,
                data bytea NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (upload_id, chunk_no));
            CREATE INDEX document_staging_age ON {s}.document_staging (created_at);

            -- The same bytes of the same person are stored once.
            CREATE TABLE {s}.document_contents (
                content_id uuid PRIMARY KEY,
                person_id uuid NOT NULL,
                sha256 bytea NOT NULL CHECK (length(sha256) = 32),
                size bigint NOT NULL CHECK (size > 0),
                media_type text NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now(),
                UNIQUE (person_id, sha256));
            CREATE TABLE {s}.document_chunks (
                content_id uuid NOT NULL REFERENCES {s}.document_contents ON DELETE CASCADE,
                chunk_no int NOT NULL,
                data bytea NOT NULL,
                PRIMARY KEY (content_id, chunk_no));
            -- PDF, JPEG, PNG and TIFF are compressed already: store them out of line without trying again.
            ALTER TABLE {s}.document_staging ALTER COLUMN data SET STORAGE EXTERNAL;
            ALTER TABLE {s}.document_chunks ALTER COLUMN data SET STORAGE EXTERNAL;
            """),
        new(4, "partner share tokens: only the hash, pointing at the share in the person's file", """
            -- Whether a share is still valid (expiry, revocation, consent) is decided from the file's stream on every
            -- access; this table only finds the share by the token's hash.
            CREATE TABLE {s}.file_share_tokens (
                token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
                person_id uuid NOT NULL,
                share_id uuid NOT NULL UNIQUE,
                created_at timestamptz NOT NULL DEFAULT now());
            """),
        Appointments.AppointmentTables.Migration,
        Reminders.ReminderTables.Migration,
        Appointments.Triage.EmergencyRequestTables.Migration,
        Status.TokenHashAsBytes.Migration,
    ];
}
