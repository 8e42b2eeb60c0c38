using Migrationsverwaltung.EventStore.Schema;

namespace Migrationsverwaltung.Api.Appointments;

/// <summary>
/// The appointment tables of the app schema (migration 80: numbered apart from the other features' migrations,
/// renumber at merge if needed). Capacity is a row per slot; the database, not the caller, keeps
/// booked ≤ capacity and one active booking per case and service. Who booked, cancelled or moved what and when
/// is kept in an append-only log (docs/adr/0011-appointments.md).
/// </summary>
public static class AppointmentTables
{
    public static SqlMigration Migration { get; } = new(80, "appointments: locations, slots with capacity, bookings, append-only booking log", """
        CREATE TABLE {s}.appointment_locations (
            id uuid PRIMARY KEY,
            name text NOT NULL,
            opening_hours jsonb NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now());

        CREATE TABLE {s}.appointment_slots (
            id uuid PRIMARY KEY,
            location_id uuid NOT NULL REFERENCES {s}.appointment_locations,
            service text NOT NULL,
            starts_at timestamptz NOT NULL,
            ends_at timestamptz NOT NULL,
            capacity int NOT NULL CHECK (capacity >= 0),
            booked int NOT NULL DEFAULT 0,
            blocked boolean NOT NULL DEFAULT false,
            CHECK (booked >= 0 AND booked <= capacity),
            CHECK (ends_at > starts_at),
            UNIQUE (location_id, service, starts_at));
        CREATE INDEX appointment_slots_free ON {s}.appointment_slots (service, starts_at) WHERE NOT blocked;

        CREATE TABLE {s}.appointment_bookings (
            id uuid PRIMARY KEY,
            case_id uuid NOT NULL,
            service text NOT NULL,
            slot_id uuid NOT NULL REFERENCES {s}.appointment_slots,
            status text NOT NULL CHECK (status IN ('active', 'cancelled')),
            requested_at timestamptz NOT NULL,
            booked_at timestamptz NOT NULL,
            cancelled_at timestamptz);
        -- One active booking per case and service: a second one is refused by the index, whatever the callers do.
        CREATE UNIQUE INDEX appointment_bookings_one_active ON {s}.appointment_bookings (case_id, service) WHERE status = 'active';
        CREATE INDEX appointment_bookings_slot ON {s}.appointment_bookings (slot_id) WHERE status = 'active';

        CREATE TABLE {s}.appointment_booking_log (
            id bigserial PRIMARY KEY,
            at timestamptz NOT NULL,
            booking_id uuid NOT NULL,
            case_id uuid NOT NULL,
            action text NOT NULL CHECK (action IN ('booked', 'cancelled', 'rescheduled')),
            slot_id uuid NOT NULL,
            previous_slot_id uuid,
            actor text NOT NULL,
            channel text NOT NULL CHECK (channel IN ('public', 'office')));
        CREATE INDEX appointment_booking_log_case ON {s}.appointment_booking_log (case_id, at);
        CREATE FUNCTION {s}.appointment_booking_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'appointment_booking_log is append-only';
        END $$;
        CREATE TRIGGER appointment_booking_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {s}.appointment_booking_log
            FOR EACH STATEMENT EXECUTE FUNCTION {s}.appointment_booking_log_is_append_only();

        -- Capacity changes by caseworkers (open, block, move), for the same auditor.
        CREATE TABLE {s}.appointment_capacity_log (
            id bigserial PRIMARY KEY,
            at timestamptz NOT NULL,
            actor text NOT NULL,
            action text NOT NULL,
            slot_ids uuid[] NOT NULL,
            amount int NOT NULL);
        """);
}
