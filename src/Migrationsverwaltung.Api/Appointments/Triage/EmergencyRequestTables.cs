using Migrationsverwaltung.EventStore.Schema;

namespace Migrationsverwaltung.Api.Appointments.Triage;

/// <summary>
/// Migration 82: emergency requests (the fast lane) and the record of every triage run. A request is waiting until
/// triage gives it a slot (the booking is made in the same transaction) or a reasoned answer; the row keeps who
/// answered, when and why. One waiting request per case.
/// </summary>
public static class EmergencyRequestTables
{
    public static SqlMigration Migration { get; } = new(82, "emergency requests and triage runs", """
        CREATE TABLE {s}.emergency_requests (
            id uuid PRIMARY KEY,
            case_id uuid NOT NULL,
            reason text NOT NULL CHECK (reason IN ('TitleExpiresSoon', 'EatPickup', 'LostDocument', 'JobStarts')),
            deadline date,
            lodged_at timestamptz NOT NULL,
            status text NOT NULL CHECK (status IN ('waiting', 'slot_given', 'declined')),
            answered_at timestamptz,
            answered_by text,
            answer text,
            booking_id uuid REFERENCES {s}.appointment_bookings,
            CHECK ((status = 'waiting') = (answered_at IS NULL)),
            CHECK ((status = 'slot_given') = (booking_id IS NOT NULL)));
        CREATE UNIQUE INDEX emergency_requests_one_waiting ON {s}.emergency_requests (case_id) WHERE status = 'waiting';
        CREATE INDEX emergency_requests_case ON {s}.emergency_requests (case_id, lodged_at);
        CREATE INDEX emergency_requests_answered ON {s}.emergency_requests (answered_at) WHERE status <> 'waiting';

        CREATE TABLE {s}.emergency_triage_runs (
            id bigserial PRIMARY KEY,
            at timestamptz NOT NULL,
            day date NOT NULL,
            actor text NOT NULL,
            seats int NOT NULL,
            slots_given int NOT NULL,
            declined int NOT NULL,
            still_waiting int NOT NULL);
        CREATE INDEX emergency_triage_runs_day ON {s}.emergency_triage_runs (day);
        """);
}
