using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Common;
using Npgsql;

namespace Migrationsverwaltung.Api.Appointments.Booking;

/// <summary>GET /api/v1/cases/{caseId}/appointments: the case's bookings and their log (who booked, cancelled, moved, when).</summary>
public static class GetCaseAppointments
{
    /// <summary>When a person comes to the office is personal data: every read is recorded with the case as subject.</summary>
    public sealed record Query(Guid CaseId) : Infrastructure.AccessLog.IPersonalDataQuery<View>
    {
        public IEnumerable<Guid> SubjectsOf(View response) => [CaseId];
    }

    public sealed record Booking(Guid BookingId, string Service, Guid SlotId, DateTimeOffset StartsAt, string Status, DateTimeOffset RequestedAt);

    public sealed record LogEntry(DateTimeOffset At, Guid BookingId, string Action, Guid SlotId, Guid? PreviousSlotId, string Actor, string Channel);

    public sealed record View(Guid CaseId, IReadOnlyList<Booking> Bookings, IReadOnlyList<LogEntry> Log);

    public sealed class Handler(NpgsqlDataSource database, OfficeCases cases) : IRequestHandler<Query, View>
    {
        public async Task<View> Handle(Query query, CancellationToken cancellationToken)
        {
            await cases.EnsureMayBookForAsync(query.CaseId, cancellationToken);
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            var bookings = new List<Booking>();
            await using (var command = Sql.Command(connection, $"""
                SELECT b.id, b.service, b.slot_id, s.starts_at, b.status, b.requested_at FROM {AppSchema.Name}.appointment_bookings b
                JOIN {AppSchema.Name}.appointment_slots s ON s.id = b.slot_id WHERE b.case_id = $1 ORDER BY b.requested_at
                """, query.CaseId))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    bookings.Add(new Booking(reader.GetGuid(0), reader.GetString(1), reader.GetGuid(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5)));
                }
            }
            var log = new List<LogEntry>();
            await using (var command = Sql.Command(connection, $"""
                SELECT at, booking_id, action, slot_id, previous_slot_id, actor, channel FROM {AppSchema.Name}.appointment_booking_log WHERE case_id = $1 ORDER BY id
                """, query.CaseId))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    log.Add(new LogEntry(reader.GetFieldValue<DateTimeOffset>(0), reader.GetGuid(1), reader.GetString(2), reader.GetGuid(3),
                        reader.IsDBNull(4) ? null : reader.GetGuid(4), reader.GetString(5), reader.GetString(6)));
                }
            }
            return new View(query.CaseId, bookings, log);
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/cases/{caseId:guid}/appointments", async (Guid caseId, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new Query(caseId), ct)))
            .RequireRoles(Role.Sachbearbeitung, Role.Teamleitung, Role.Revision)
            .WithTags("Termine").WithName("GetCaseAppointments").WithSummary("Termine eines Verfahrens und ihr Protokoll")
            .Produces<View>().ProducesProblem(StatusCodes.Status404NotFound);
}
