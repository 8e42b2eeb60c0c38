using Microsoft.Extensions.Options;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Npgsql;

namespace Migrationsverwaltung.Api.Appointments;

/// <summary>Configuration section "Appointments:Purge".</summary>
public sealed class AppointmentPurgeOptions
{
    /// <summary>
    /// How long the operational appointment data outlives its day: past slots and their bookings, answered emergency
    /// requests, triage runs, finished reminder rows. The default covers the backlog views' longest look-back
    /// (104 weeks); a shorter setting makes those views show only what is kept.
    /// </summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(7 * Views.Backlog.GetBacklogFlow.MaxWeeks + 7);

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>What one purge removed.</summary>
public sealed record AppointmentPurgeResult(int EmergencyRequests, int Bookings, int Slots, int TriageRuns, int Reminders)
{
    public int Total => EmergencyRequests + Bookings + Slots + TriageRuns + Reminders;
}

/// <summary>
/// Data minimisation for the appointment tables: deletes, in one transaction, what lies further back than KeepFor.
/// Answered emergency requests (never a waiting one), bookings whose slot has passed and that no kept request points
/// to, past slots without bookings, triage runs, and reminder rows that are no longer pending. The append-only
/// booking and capacity logs stay: they are the auditor's record and follow the audit retention
/// (docs/appointments-and-reminders.md). Idempotent; several instances may run it.
/// </summary>
public sealed class AppointmentDataPurge(NpgsqlDataSource database, IOptions<AppointmentPurgeOptions> options)
{
    private const string S = AppSchema.Name;

    public async Task<AppointmentPurgeResult> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - options.Value.KeepFor;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var requests = await DeleteAsync(connection, $"""
            DELETE FROM {S}.emergency_requests WHERE status <> 'waiting' AND answered_at < $1 AND lodged_at < $1
            """, cutoff, cancellationToken);
        var bookings = await DeleteAsync(connection, $"""
            DELETE FROM {S}.appointment_bookings b USING {S}.appointment_slots s
            WHERE s.id = b.slot_id AND s.ends_at < $1 AND coalesce(b.cancelled_at, b.booked_at) < $1
              AND NOT EXISTS (SELECT 1 FROM {S}.emergency_requests r WHERE r.booking_id = b.id)
            """, cutoff, cancellationToken);
        var slots = await DeleteAsync(connection, $"""
            DELETE FROM {S}.appointment_slots s WHERE s.ends_at < $1 AND NOT EXISTS (SELECT 1 FROM {S}.appointment_bookings b WHERE b.slot_id = s.id)
            """, cutoff, cancellationToken);
        var runs = await DeleteAsync(connection, $"DELETE FROM {S}.emergency_triage_runs WHERE at < $1", cutoff, cancellationToken);
        var reminders = await DeleteAsync(connection, $"DELETE FROM {S}.reminder_outbox WHERE status <> 'pending' AND created_at < $1", cutoff, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AppointmentPurgeResult(requests, bookings, slots, runs, reminders);
    }

    private static async Task<int> DeleteAsync(NpgsqlConnection connection, string sql, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, sql, cutoff);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
