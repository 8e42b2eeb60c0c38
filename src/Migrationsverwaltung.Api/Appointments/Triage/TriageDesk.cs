using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Appointments;
using Migrationsverwaltung.Domain.Appointments.Triage;
using Migrationsverwaltung.Domain.Calendar;
using Npgsql;

namespace Migrationsverwaltung.Api.Appointments.Triage;

/// <summary>What one triage run did: the day, the day's free emergency seats (the quota), and the answers given.</summary>
public sealed record TriageRun(DateOnly Day, int Seats, int SlotsGiven, int Declined, int StillWaiting);

/// <summary>
/// One triage run for a day, in one transaction: the quota is the day's free seats in emergency slots (opened by
/// caseworkers like any capacity, starting after now); the waiting requests are ranked by <see cref="TriageQueue"/>;
/// the top of the queue gets those seats in time order (the most urgent the earliest), each booked through the
/// ledger in the same commit; requests that are no emergency on that day get the rule's reasoned answer; the
/// rest keep waiting, ranked. An advisory lock serialises runs, so several instances and a manual run never hand out
/// a seat twice; a crash rolls the whole run back.
/// </summary>
public sealed class TriageDesk(NpgsqlDataSource database, TriageRules rules)
{
    private const string S = AppSchema.Name;

    public async Task<TriageRun> RunAsync(DateOnly day, BookingActor by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var serialise = Sql.Command(connection, "SELECT pg_advisory_xact_lock(hashtext('app.emergency_triage'))"))
        {
            await serialise.ExecuteNonQueryAsync(cancellationToken);
        }
        var waiting = await WaitingAsync(connection, cancellationToken);
        var alreadyBooked = waiting.Where(w => w.HasEmergencyBooking).ToList();
        foreach (var request in alreadyBooked)
        {
            await AnswerAsync(connection, request.Request.Id, EmergencyRequestStatus.Declined, null, by, now,
                "Für dieses Verfahren ist bereits ein Notfalltermin gebucht; ein zweiter wird nicht vergeben.", cancellationToken);
        }
        var seats = await FreeSeatsAsync(connection, day, now, cancellationToken);
        var result = TriageQueue.Decide(waiting.Where(w => !w.HasEmergencyBooking).Select(w => w.Request), day, seats.Count, rules);
        var byId = waiting.ToDictionary(w => w.Request.Id);
        var given = 0;
        foreach (var answer in result.Answers)
        {
            switch (answer)
            {
                case SlotGiven:
                    var (request, caseId, _) = byId[answer.RequestId];
                    var booking = await BookingLedger.BookWithinAsync(connection, caseId, seats[given++], by, request.LodgedAt, now, cancellationToken);
                    await AnswerAsync(connection, answer.RequestId, EmergencyRequestStatus.SlotGiven, booking.BookingId, by, now,
                        $"Notfalltermin am {booking.LocalDate:dd.MM.yyyy} um {booking.LocalTime} Uhr.", cancellationToken);
                    break;
                case Declined declined:
                    await AnswerAsync(connection, answer.RequestId, EmergencyRequestStatus.Declined, null, by, now, declined.Reason, cancellationToken);
                    break;
            }
        }
        var run = new TriageRun(day, seats.Count, given, result.Answers.Count - given + alreadyBooked.Count, result.StillWaiting.Count);
        await using (var record = Sql.Command(connection, $"""
            INSERT INTO {S}.emergency_triage_runs (at, day, actor, seats, slots_given, declined, still_waiting) VALUES ($1, $2, $3, $4, $5, $6, $7)
            """, now, day, by.Actor, run.Seats, run.SlotsGiven, run.Declined, run.StillWaiting))
        {
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    private sealed record Waiting(EmergencyRequest Request, Guid CaseId, bool HasEmergencyBooking);

    private static async Task<List<Waiting>> WaitingAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, $"""
            SELECT r.id, r.lodged_at, r.reason, r.deadline, r.case_id,
                   EXISTS (SELECT 1 FROM {S}.appointment_bookings b WHERE b.case_id = r.case_id AND b.service = $1 AND b.status = 'active')
            FROM {S}.emergency_requests r WHERE r.status = 'waiting' FOR UPDATE OF r
            """, AppointmentServices.CodeOf(AppointmentService.Emergency));
        var waiting = new List<Waiting>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            waiting.Add(new Waiting(EmergencyRequestStore.RequestOf(reader), reader.GetGuid(4), reader.GetBoolean(5)));
        }
        return waiting;
    }

    /// <summary>One entry per free seat of the day's open emergency slots that start after now, earliest first.</summary>
    private static async Task<List<Guid>> FreeSeatsAsync(NpgsqlConnection connection, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, $"""
            SELECT id, capacity - booked FROM {S}.appointment_slots
            WHERE service = $1 AND NOT blocked AND booked < capacity AND starts_at > $2 AND starts_at >= $3 AND starts_at < $4
            ORDER BY starts_at, id FOR UPDATE
            """, AppointmentServices.CodeOf(AppointmentService.Emergency), now, BerlinTime.StartOf(day), BerlinTime.EndOf(day));
        var seats = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            seats.AddRange(Enumerable.Repeat(reader.GetGuid(0), reader.GetInt32(1)));
        }
        return seats;
    }

    private static async Task AnswerAsync(NpgsqlConnection connection, Guid requestId, string status, Guid? bookingId, BookingActor by, DateTimeOffset now, string answer, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, $"""
            UPDATE {S}.emergency_requests SET status = $2, booking_id = $3, answered_at = $4, answered_by = $5, answer = $6 WHERE id = $1 AND status = 'waiting'
            """, requestId, status, bookingId, now, by.Actor, answer);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
