using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Appointments.Triage;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Api.Views.Inbox;
using Migrationsverwaltung.Api.Views.Shared;
using Migrationsverwaltung.Domain.Appointments;
using Migrationsverwaltung.Domain.Calendar;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Backlog;

/// <summary>
/// GET /api/v1/backlog/service-standard: the municipal service standard for requests made in the last N weeks (as
/// the flow): per service the waiting time from the request to the appointment it holds (median, 90th percentile,
/// share within 14 days; cancelled bookings do not count), and for the fast lane the emergency requests lodged,
/// answered, and the share answered within one working day (by the end of the first working day after the day it
/// was lodged). Scoped as the backlog (<see cref="BacklogScope"/>) through the cases' teams in the case
/// directory; with teamId, only cases of that team. GET /api/v1/appointment-service-standard gives the same
/// waiting times by appointment date instead.
/// </summary>
public static class GetBacklogServiceStandard
{
    public sealed record Query(string? TeamId, string? Weeks) : IRequest<Standard>;

    public sealed record ServiceFigures(string Service, string Label, int Appointments, double? MedianDays, double? P90Days, double? ShareWithin14Days);

    public sealed record EmergencyFigures(int Lodged, int SlotsGiven, int Declined, int Waiting, int AnsweredWithinOneWorkingDay, double? ShareWithinOneWorkingDay);

    public sealed record Standard(DateOnly AsOf, DateOnly From, DateOnly To, Guid? TeamId, IReadOnlyList<ServiceFigures> Services, EmergencyFigures Emergency);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.TeamId).IsGuid();
            RuleFor(q => q.Weeks).IsIntBetween(1, GetBacklogFlow.MaxWeeks);
        }
    }

    public sealed class Handler(NpgsqlDataSource database, TimeProvider clock, CurrentActor current) : IRequestHandler<Query, Standard>
    {
        public async Task<Standard> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = Today.Of(clock);
            var from = Today.MondayOf(today).AddDays(-7 * (QueryParameters.Int(query.Weeks, GetBacklogFlow.DefaultWeeks) - 1));
            var scope = await BacklogScope.ResolveAsync(database, current.Actor, QueryParameters.Guid(query.TeamId), cancellationToken);
            var (start, end) = (BerlinTime.StartOf(from).ToUniversalTime(), BerlinTime.EndOf(today).ToUniversalTime());
            var waits = await WaitsAsync(start, end, scope, cancellationToken);
            var services = AppointmentServices.All.Select(service =>
            {
                var code = AppointmentServices.CodeOf(service);
                var figures = ServiceStandard.Of(waits.Where(w => w.Service == code).Select(w => w.Wait));
                return new ServiceFigures(code, AppointmentServices.GermanNameOf(service), figures.Count, figures.Median?.TotalDays, figures.Percentile90?.TotalDays, figures.ShareWithin14Days);
            }).ToList();
            return new Standard(today, from, today, scope.TeamId, services, await EmergencyAsync(start, end, scope, cancellationToken));
        }

        private async Task<List<(string Service, TimeSpan Wait)>> WaitsAsync(DateTimeOffset start, DateTimeOffset end, BacklogScope scope, CancellationToken cancellationToken)
        {
            var (filter, values) = scope.Condition("d.team_id", 3);
            await using var command = Sql.Query(database, $"""
                SELECT b.service, s.starts_at - b.requested_at FROM {AppSchema.Name}.appointment_bookings b
                JOIN {AppSchema.Name}.appointment_slots s ON s.id = b.slot_id
                LEFT JOIN {InboxProjection.Directory} d ON d.case_id = b.case_id
                WHERE b.status = 'active' AND b.requested_at >= $1 AND b.requested_at < $2 AND {filter}
                """, [start, end, .. values]);
            var waits = new List<(string, TimeSpan)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                waits.Add((reader.GetString(0), reader.GetFieldValue<TimeSpan>(1)));
            }
            return waits;
        }

        private async Task<EmergencyFigures> EmergencyAsync(DateTimeOffset start, DateTimeOffset end, BacklogScope scope, CancellationToken cancellationToken)
        {
            var (filter, values) = scope.Condition("d.team_id", 3);
            await using var command = Sql.Query(database, $"""
                SELECT r.status, r.lodged_at, r.answered_at FROM {AppSchema.Name}.emergency_requests r
                LEFT JOIN {InboxProjection.Directory} d ON d.case_id = r.case_id
                WHERE r.lodged_at >= $1 AND r.lodged_at < $2 AND {filter}
                """, [start, end, .. values]);
            var (lodged, given, declined, waiting, inTime) = (0, 0, 0, 0, 0);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                lodged++;
                var status = reader.GetString(0);
                given += status == EmergencyRequestStatus.SlotGiven ? 1 : 0;
                declined += status == EmergencyRequestStatus.Declined ? 1 : 0;
                waiting += status == EmergencyRequestStatus.Waiting ? 1 : 0;
                inTime += !reader.IsDBNull(2) && AnsweredWithinOneWorkingDay(reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2)) ? 1 : 0;
            }
            return new EmergencyFigures(lodged, given, declined, waiting, inTime, lodged == 0 ? null : (double)inTime / lodged);
        }
    }

    /// <summary>Answered by the end of the first working day after the (Berlin) day it was lodged: the simulation's measure.</summary>
    public static bool AnsweredWithinOneWorkingDay(DateTimeOffset lodgedAt, DateTimeOffset answeredAt) =>
        BerlinTime.DateOf(answeredAt) <= WorkingDays.NextAfter(BerlinTime.DateOf(lodgedAt));

    public static void Map(RouteGroupBuilder backlog) =>
        backlog.MapGet("/service-standard", async (string? teamId, string? weeks, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(new Query(teamId, weeks), ct)))
            .WithName("GetBacklogServiceStandard")
            .WithSummary("Servicestandard: Wartezeit bis zum Termin je Terminart, Notfallanfragen binnen eines Arbeitstags beantwortet")
            .Produces<Standard>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
}
