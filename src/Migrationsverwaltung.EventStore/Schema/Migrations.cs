namespace Migrationsverwaltung.EventStore.Schema;

/// <summary>
/// The store's schema as an ordered, append-only list of migrations. A published migration never changes;
/// a new one is added. Nothing here drops or rewrites data. "{s}" stands for the quoted schema name.
/// Layout follows Marten (mt_events, mt_streams, mt_event_progression); tx_id, the dead letters and the
/// cluster identity are ours (docs/adr/0002-async-projections-by-transaction-horizon.md).
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "events, streams, progression, dead letters, cluster identity", """
            CREATE SEQUENCE {s}.mt_events_sequence;

            CREATE TABLE {s}.mt_event_store (
                singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
                system_identifier bigint NOT NULL,
                tx_offset bigint NOT NULL DEFAULT 0,
                rebased_at timestamptz);
            INSERT INTO {s}.mt_event_store (system_identifier) SELECT system_identifier FROM pg_control_system();

            -- The writing transaction's id (+ an offset that only a re-base after a restore changes).
            CREATE FUNCTION {s}.mt_current_tx_id() RETURNS bigint LANGUAGE sql VOLATILE
                AS $$ SELECT pg_current_xact_id()::text::bigint + 0 $$;
            -- Every transaction below this id has ended, in the snapshot of the calling statement.
            CREATE FUNCTION {s}.mt_safe_horizon() RETURNS bigint LANGUAGE sql VOLATILE
                AS $$ SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint + 0 $$;

            CREATE TABLE {s}.mt_streams (
                id uuid PRIMARY KEY,
                type varchar(500),
                version bigint NOT NULL,
                timestamp timestamptz NOT NULL DEFAULT now(),
                created timestamptz NOT NULL DEFAULT now(),
                tenant_id varchar(100) NOT NULL DEFAULT '*DEFAULT*',
                is_archived boolean NOT NULL DEFAULT false);

            CREATE TABLE {s}.mt_events (
                seq_id bigint PRIMARY KEY DEFAULT nextval('{s}.mt_events_sequence'),
                id uuid NOT NULL,
                stream_id uuid NOT NULL REFERENCES {s}.mt_streams (id),
                version bigint NOT NULL CHECK (version > 0),
                data jsonb NOT NULL,
                type varchar(500) NOT NULL,
                timestamp timestamptz NOT NULL DEFAULT now(),
                tenant_id varchar(100) NOT NULL DEFAULT '*DEFAULT*',
                mt_dotnet_type varchar(500),
                correlation_id varchar(100),
                causation_id varchar(100),
                user_name varchar(200),
                headers jsonb,
                is_archived boolean NOT NULL DEFAULT false,
                tx_id bigint NOT NULL DEFAULT {s}.mt_current_tx_id(),
                CONSTRAINT mt_events_stream_and_version UNIQUE (stream_id, version));
            CREATE INDEX mt_events_tx_order ON {s}.mt_events (tx_id, seq_id);

            CREATE TABLE {s}.mt_event_progression (
                name varchar(200) PRIMARY KEY,
                last_tx_id bigint NOT NULL DEFAULT 0,
                last_seq_id bigint NOT NULL DEFAULT 0,
                last_updated timestamptz NOT NULL DEFAULT now(),
                rebuild_requested_at timestamptz,
                stopped_reason text);

            CREATE TABLE {s}.mt_dead_letters (
                id bigserial PRIMARY KEY,
                projection_name varchar(200) NOT NULL,
                seq_id bigint NOT NULL,
                tx_id bigint NOT NULL,
                stream_id uuid NOT NULL,
                event_type varchar(500) NOT NULL,
                error text NOT NULL,
                attempts int NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now(),
                retried_at timestamptz,
                CONSTRAINT mt_dead_letters_once UNIQUE (projection_name, seq_id));
            """),
        // docs/adr/0006: personal fields live apart from the event so retention can erase them without touching
        // mt_events; personal_hash keeps what was there verifiable after the row is gone. Adding a nullable
        // column without a default only changes the catalogue; no row is rewritten.
        new(2, "personal data apart from events, erasure tombstones", """
            ALTER TABLE {s}.mt_events ADD COLUMN personal_hash bytea;

            CREATE TABLE {s}.mt_personal_data (
                event_id uuid PRIMARY KEY,
                subject_id uuid NOT NULL,
                data jsonb NOT NULL);
            CREATE INDEX mt_personal_data_subject ON {s}.mt_personal_data (subject_id);

            CREATE TABLE {s}.mt_personal_data_erasures (
                id bigserial PRIMARY KEY,
                subject_id uuid NOT NULL,
                erased_at timestamptz NOT NULL DEFAULT now(),
                erased_by text NOT NULL,
                reason text NOT NULL,
                rows int NOT NULL);
            CREATE INDEX mt_personal_data_erasures_subject ON {s}.mt_personal_data_erasures (subject_id);
            """),
        // docs/adr/0010, docs/tamper-evidence.md: every event's hash = sha256(previous hash of its stream || digest of the
        // event as stored); the stream's head hash sits on mt_streams so an append reads no event row. Events from
        // before this migration are chained here, in version order per stream, by the same functions the append uses.
        new(3, "hash chain per stream, stream head hashes, anchors", """
            -- The canonical form of an event: PostgreSQL's json_build_array text of the stored values. Inlined into
            -- the queries that call it (a one-expression SQL function, STABLE like json_build_array itself).
            CREATE FUNCTION {s}.mt_event_digest(id uuid, stream_id uuid, version bigint, type text, "timestamp" timestamptz,
                tenant_id text, correlation_id text, causation_id text, user_name text, headers jsonb, personal_hash bytea, data jsonb)
                RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE
                AS $$ SELECT sha256(convert_to(json_build_array(id, stream_id, version, type, "timestamp" AT TIME ZONE 'UTC',
                    tenant_id, correlation_id, causation_id, user_name, headers, encode(personal_hash, 'hex'), data)::text, 'UTF8')) $$;
            CREATE FUNCTION {s}.mt_chain_genesis() RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea $$;
            -- plpgsql: about twice as fast as a SQL function as an aggregate's transition (it is not inlined there).
            CREATE FUNCTION {s}.mt_chain_step(state bytea, head bytea, digest bytea) RETURNS bytea LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
                AS $$ BEGIN RETURN sha256(coalesce(state, head, {s}.mt_chain_genesis()) || digest); END $$;
            -- mt_chain(head, digest) OVER (ORDER BY version): the running chain from a stream's head (null: genesis).
            CREATE AGGREGATE {s}.mt_chain(bytea, bytea) (SFUNC = {s}.mt_chain_step, STYPE = bytea);

            ALTER TABLE {s}.mt_events ADD COLUMN hash bytea;
            ALTER TABLE {s}.mt_streams ADD COLUMN head_hash bytea;
            UPDATE {s}.mt_events e SET hash = c.hash
            FROM (SELECT seq_id, {s}.mt_chain(NULL, {s}.mt_event_digest(id, stream_id, version, type, "timestamp", tenant_id,
                        correlation_id, causation_id, user_name, headers, personal_hash, data)) OVER (PARTITION BY stream_id ORDER BY version) AS hash
                  FROM {s}.mt_events) c
            WHERE c.seq_id = e.seq_id;
            UPDATE {s}.mt_streams s SET head_hash = coalesce(
                (SELECT hash FROM {s}.mt_events e WHERE e.stream_id = s.id ORDER BY version DESC LIMIT 1), {s}.mt_chain_genesis());
            ALTER TABLE {s}.mt_events ALTER COLUMN hash SET NOT NULL;
            ALTER TABLE {s}.mt_streams ALTER COLUMN head_hash SET NOT NULL;

            CREATE TABLE {s}.mt_chain_anchors (
                id bigserial PRIMARY KEY,
                created_at timestamptz NOT NULL DEFAULT now(),
                max_seq_id bigint NOT NULL,
                stream_count bigint NOT NULL,
                event_count bigint NOT NULL,
                root_hash bytea NOT NULL);
            """),
    ];
}

internal sealed record Migration(int Version, string Description, string Sql);
