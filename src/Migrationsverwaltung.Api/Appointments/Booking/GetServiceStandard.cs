using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Appointments;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Common;
using Npgsql;

namespace Migrationsverwaltung.Api.Appointments.Booking;

/// <summary>
/// GET /api/v1/appointment-service-standard?from=…&amp;to=…: per service, the waiting time from the request (the first
/// booking of the case and service) to the appointment (the slot it holds now), for appointments in the range:
/// median, 90th percentile and share within 14 days. Cancelled bookings do not count.
/// </summary>
public static class GetServiceStandard
{
    public sealed record Query(DateOnly From, DateOnly To) : IRequest<IReadOnlyList<Figures>>;

    public sealed record Figures(string Service, int Appointments, double? MedianDays, double? Percentile90Days, double? ShareWithin14Days);

    public sealed class Handler(NpgsqlDataSource database) : IRequestHandler<Query, IReadOnlyList<Figures>>
    {
        public async Task<IReadOnlyList<Figures>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var command = Sql.Command(connection, $"""
                SELECT b.service, s.starts_at - b.requested_at FROM {AppSchema.Name}.appointment_bookings b
                JOIN {AppSchema.Name}.appointment_slots s ON s.id = b.slot_id
                WHERE b.status = 'active' AND s.starts_at >= $1 AND s.starts_at < $2
                """, BerlinTime.StartOf(query.From), BerlinTime.EndOf(query.To));
            var waits = new List<(string Service, TimeSpan Wait)>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    waits.Add((reader.GetString(0), reader.GetFieldValue<TimeSpan>(1)));
                }
            }
            return AppointmentServices.All.Select(AppointmentServices.CodeOf).Select(service =>
            {
                var figures = ServiceStandard.Of(waits.Where(w => w.Service == service).Select(w => w.Wait));
                return new Figures(service, figures.Count, figures.Median?.TotalDays, figures.Percentile90?.TotalDays, figures.ShareWithin14Days);
            }).ToList();
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/appointment-service-standard", async (string? from, string? to, IMediator mediator, CancellationToken ct) =>
            {
                var range = Public.GetFreeSlots.Parse("biometrics", from, to);
                return Results.Ok(await mediator.Send(new Query(range.From, range.To), ct));
            })
            .RequireRoles(Role.Sachbearbeitung, Role.Teamleitung)
            .WithTags("Termine").WithName("GetAppointmentServiceStandard").WithSummary("Servicestandard: Wartezeit bis zum Termin je Terminart (Median, 90. Perzentil, Anteil ≤ 14 Tage)")
            .Produces<IReadOnlyList<Figures>>().ProducesValidationProblem();
}
