using Migrationsverwaltung.EventStore.Schema;

namespace Migrationsverwaltung.Api.Reminders;

/// <summary>
/// The reminder outbox (migration 81, numbered apart like the appointments' 80). One row per trigger:
/// (kind, subject, trigger date) is unique, so a scan that runs twice, or on two instances, writes nothing twice.
/// The row holds no contact data: the sender reads the address from the person's record when it sends.
/// </summary>
public static class ReminderTables
{
    public static SqlMigration Migration { get; } = new(81, "reminder outbox: one row per trigger, leased by the senders", """
        CREATE TABLE {s}.reminder_outbox (
            id uuid PRIMARY KEY,
            kind text NOT NULL,
            subject_id uuid NOT NULL,
            trigger_date date NOT NULL,
            person_id uuid NOT NULL,
            about_date date NOT NULL,
            language text NOT NULL,
            message_id text NOT NULL UNIQUE,
            status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
            attempts int NOT NULL DEFAULT 0,
            next_attempt_at timestamptz NOT NULL DEFAULT now(),
            lease_owner text,
            lease_until timestamptz,
            last_error text,
            created_at timestamptz NOT NULL DEFAULT now(),
            sent_at timestamptz,
            UNIQUE (kind, subject_id, trigger_date));
        CREATE INDEX reminder_outbox_due ON {s}.reminder_outbox (next_attempt_at) WHERE status = 'pending';
        """);
}
