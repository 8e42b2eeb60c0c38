using MediatR;
using Migrationsverwaltung.Api.Appointments.Public;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Appointments;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Common;
using Npgsql;

namespace Migrationsverwaltung.Api.Appointments.Capacity;

/// <summary>GET /api/v1/appointment-locations/{locationId}/slots?service=…&amp;from=…&amp;to=…: the office's view with capacity, bookings and blocks.</summary>
public static class GetSlots
{
    public sealed record Query(Guid LocationId, GetFreeSlots.Query Range) : IRequest<IReadOnlyList<Slot>>;

    public sealed record Slot(Guid SlotId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, int Booked, bool Blocked);

    public sealed class Handler(NpgsqlDataSource database) : IRequestHandler<Query, IReadOnlyList<Slot>>
    {
        public async Task<IReadOnlyList<Slot>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var command = Sql.Command(connection, $"""
                SELECT id, starts_at, ends_at, capacity, booked, blocked FROM {AppSchema.Name}.appointment_slots
                WHERE location_id = $1 AND service = $2 AND starts_at >= $3 AND starts_at < $4 ORDER BY starts_at LIMIT 2000
                """, query.LocationId, AppointmentServices.CodeOf(query.Range.Service), BerlinTime.StartOf(query.Range.From), BerlinTime.EndOf(query.Range.To));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var slots = new List<Slot>();
            while (await reader.ReadAsync(cancellationToken))
            {
                slots.Add(new Slot(reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetBoolean(5)));
            }
            return slots;
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/appointment-locations/{locationId:guid}/slots", async (Guid locationId, string? service, string? from, string? to, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(new Query(locationId, GetFreeSlots.Parse(service, from, to)), ct)))
            .RequireRoles(Role.Sachbearbeitung, Role.Teamleitung)
            .WithTags("Termine").WithName("GetAppointmentSlots").WithSummary("Termine eines Standorts mit Kapazität, Buchungen und Sperren")
            .Produces<IReadOnlyList<Slot>>().ProducesValidationProblem();
}
