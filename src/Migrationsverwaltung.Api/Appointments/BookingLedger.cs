using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Appointments;
using Migrationsverwaltung.Domain.Calendar;
using Npgsql;

namespace Migrationsverwaltung.Api.Appointments;

/// <summary>Who acts: a user id (or "public" for a status-token holder) and the channel.</summary>
public sealed record BookingActor(string Actor, string Channel)
{
    public static BookingActor Public { get; } = new("public", "public");

    public static BookingActor Office(string userId) => new(userId, "office");
}

/// <summary>A booking as the caller sees it: service, slot and its times (instants and Berlin wall clock).</summary>
public sealed record BookingView(Guid BookingId, Guid CaseId, string Service, Guid SlotId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateOnly LocalDate, string LocalTime)
{
    public static BookingView Of(Guid bookingId, Guid caseId, string service, Guid slotId, DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        var local = TimeZoneInfo.ConvertTime(startsAt, BerlinTime.Zone);
        return new BookingView(bookingId, caseId, service, slotId, startsAt, endsAt, DateOnly.FromDateTime(local.DateTime), local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// Booking, cancelling and moving appointments, each in one transaction. The seat is taken by one conditional
/// UPDATE (booked &lt; capacity): concurrent bookings of the last seat queue on the slot's row lock, and every one
/// after the first finds the slot full when it gets the row. A CHECK (booked ≤ capacity) backs this up, the
/// partial unique index keeps one active booking per case and service, and the log row is written in the
/// same transaction, so the log and the capacity never disagree.
/// </summary>
public sealed class BookingLedger(NpgsqlDataSource database)
{
    private const string S = AppSchema.Name;

    public async Task<BookingView> BookAsync(Guid caseId, Guid slotId, BookingActor by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var booked = await BookWithinAsync(connection, caseId, slotId, by, now, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return booked;
    }

    /// <summary>
    /// Books inside the caller's transaction (triage answers a request and books its slot in one commit). The
    /// request time is when the person asked (the service standard's waiting time starts there).
    /// </summary>
    public static async Task<BookingView> BookWithinAsync(NpgsqlConnection connection, Guid caseId, Guid slotId, BookingActor by, DateTimeOffset requestedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var slot = await TakeSeatAsync(connection, slotId, now, cancellationToken);
        EnsureOpenTo(by, slot);
        var bookingId = Guid.NewGuid();
        try
        {
            await using var insert = Sql.Command(connection, $"""
                INSERT INTO {S}.appointment_bookings (id, case_id, service, slot_id, status, requested_at, booked_at)
                VALUES ($1, $2, $3, $4, 'active', $5, $6)
                """, bookingId, caseId, slot.Service, slotId, requestedAt, now);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == Sql.UniqueViolation)
        {
            throw new AppointmentUnavailableException("Für dieses Verfahren ist bereits ein Termin dieser Art gebucht. Bitte verschieben Sie ihn oder sagen Sie ihn ab.");
        }
        await LogAsync(connection, now, bookingId, caseId, "booked", slotId, null, by, cancellationToken);
        return View(bookingId, caseId, slotId, slot);
    }

    public async Task CancelAsync(Guid bookingId, Guid? ofCase, BookingActor by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var cancel = Sql.Command(connection, $"""
            UPDATE {S}.appointment_bookings SET status = 'cancelled', cancelled_at = $2
            WHERE id = $1 AND status = 'active' AND ($3::uuid IS NULL OR case_id = $3) RETURNING case_id, slot_id
            """, bookingId, now, ofCase);
        await using var reader = await cancel.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new AppointmentNotFoundException("Eine gebuchte Terminbuchung mit dieser Nummer gibt es nicht (oder sie ist bereits abgesagt).");
        }
        var (caseId, slotId) = (reader.GetGuid(0), reader.GetGuid(1));
        await reader.DisposeAsync();
        await using var release = Sql.Command(connection, $"UPDATE {S}.appointment_slots SET booked = booked - 1 WHERE id = $1", slotId);
        await release.ExecuteNonQueryAsync(cancellationToken);
        await LogAsync(connection, now, bookingId, caseId, "cancelled", slotId, null, by, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<BookingView> RescheduleAsync(Guid bookingId, Guid? ofCase, Guid newSlotId, BookingActor by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (caseId, oldSlotId, service) = await LockActiveBookingAsync(connection, bookingId, ofCase, cancellationToken);
        if (oldSlotId == newSlotId)
        {
            throw new AppointmentUnavailableException("Dieser Termin ist bereits gebucht.");
        }
        // Both slot rows in id order: two moves in opposite directions wait for each other instead of deadlocking.
        await using (var lockSlots = Sql.Command(connection, $"SELECT id FROM {S}.appointment_slots WHERE id = ANY($1) ORDER BY id FOR UPDATE", new[] { oldSlotId, newSlotId }))
        {
            await lockSlots.ExecuteNonQueryAsync(cancellationToken);
        }
        var slot = await TakeSeatAsync(connection, newSlotId, now, cancellationToken);
        EnsureOpenTo(by, slot);
        if (slot.Service != service)
        {
            throw new AppointmentUnavailableException("Der neue Termin ist für eine andere Terminart; bitte einen Termin derselben Art wählen.");
        }
        await using (var release = Sql.Command(connection, $"UPDATE {S}.appointment_slots SET booked = booked - 1 WHERE id = $1", oldSlotId))
        {
            await release.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var move = Sql.Command(connection, $"UPDATE {S}.appointment_bookings SET slot_id = $2, booked_at = $3 WHERE id = $1", bookingId, newSlotId, now))
        {
            await move.ExecuteNonQueryAsync(cancellationToken);
        }
        await LogAsync(connection, now, bookingId, caseId, "rescheduled", newSlotId, oldSlotId, by, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return View(bookingId, caseId, newSlotId, slot);
    }

    /// <summary>The case a booking belongs to (for the office's team check), or 404.</summary>
    public async Task<Guid> CaseOfAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"SELECT case_id FROM {S}.appointment_bookings WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = bookingId });
        return await command.ExecuteScalarAsync(cancellationToken) is Guid caseId
            ? caseId
            : throw new AppointmentNotFoundException("Eine Terminbuchung mit dieser Nummer gibt es nicht.");
    }

    /// <summary>Emergency slots are given by triage (the daily quota), never taken online; the transaction rolls back.</summary>
    private static void EnsureOpenTo(BookingActor by, TakenSeat slot)
    {
        if (by.Channel == BookingActor.Public.Channel && slot.Service == AppointmentServices.CodeOf(AppointmentService.Emergency))
        {
            throw new AppointmentUnavailableException("Notfalltermine werden nicht online gebucht, sondern über die Notfallanfrage vergeben.");
        }
    }

    private sealed record TakenSeat(string Service, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

    private static async Task<TakenSeat> TakeSeatAsync(NpgsqlConnection connection, Guid slotId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using (var take = Sql.Command(connection, $"""
            UPDATE {S}.appointment_slots SET booked = booked + 1
            WHERE id = $1 AND NOT blocked AND booked < capacity AND starts_at > $2
            RETURNING service, starts_at, ends_at
            """, slotId, now))
        await using (var taken = await take.ExecuteReaderAsync(cancellationToken))
        {
            if (await taken.ReadAsync(cancellationToken))
            {
                return new TakenSeat(taken.GetString(0), taken.GetFieldValue<DateTimeOffset>(1), taken.GetFieldValue<DateTimeOffset>(2));
            }
        }
        await using var why = Sql.Command(connection, $"SELECT blocked, starts_at <= $2 FROM {S}.appointment_slots WHERE id = $1", slotId, now);
        await using var reason = await why.ExecuteReaderAsync(cancellationToken);
        if (!await reason.ReadAsync(cancellationToken))
        {
            throw new AppointmentNotFoundException("Diesen Termin gibt es nicht.");
        }
        throw new AppointmentUnavailableException(reason.GetBoolean(0) ? "Dieser Termin ist gesperrt; bitte einen anderen wählen."
            : reason.GetBoolean(1) ? "Dieser Termin liegt in der Vergangenheit."
            : "Dieser Termin ist bereits ausgebucht; bitte einen anderen wählen.");
    }

    private static async Task<(Guid CaseId, Guid SlotId, string Service)> LockActiveBookingAsync(NpgsqlConnection connection, Guid bookingId, Guid? ofCase, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, $"""
            SELECT case_id, slot_id, service FROM {S}.appointment_bookings
            WHERE id = $1 AND status = 'active' AND ($2::uuid IS NULL OR case_id = $2) FOR UPDATE
            """, bookingId, ofCase);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2))
            : throw new AppointmentNotFoundException("Eine gebuchte Terminbuchung mit dieser Nummer gibt es nicht (oder sie ist bereits abgesagt).");
    }

    private static async Task LogAsync(NpgsqlConnection connection, DateTimeOffset at, Guid bookingId, Guid caseId, string action, Guid slotId, Guid? previousSlotId, BookingActor by, CancellationToken cancellationToken)
    {
        await using var log = Sql.Command(connection, $"""
            INSERT INTO {S}.appointment_booking_log (at, booking_id, case_id, action, slot_id, previous_slot_id, actor, channel)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """, at, bookingId, caseId, action, slotId, previousSlotId, by.Actor, by.Channel);
        await log.ExecuteNonQueryAsync(cancellationToken);
    }

    private static BookingView View(Guid bookingId, Guid caseId, Guid slotId, TakenSeat slot) =>
        BookingView.Of(bookingId, caseId, slot.Service, slotId, slot.StartsAt, slot.EndsAt);
}
