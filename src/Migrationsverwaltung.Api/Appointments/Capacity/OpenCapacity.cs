using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Appointments.Locations;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Appointments;
using Migrationsverwaltung.Domain.Common;
using Npgsql;

namespace Migrationsverwaltung.Api.Appointments.Capacity;

/// <summary>
/// POST /api/v1/appointment-locations/{locationId}/capacity: lays the service's slots on the location's opening
/// calendar for a range of days (holidays and closing days stay empty) with a number of seats each. A slot that
/// exists already is raised to that capacity, never lowered (lowering is a move or a block).
/// </summary>
public static class OpenCapacity
{
    public const int LongestRangeInDays = 92;

    public sealed record Command : IRequest<Opened>
    {
        public Guid LocationId { get; init; }
        public required AppointmentService Service { get; init; }
        public required DateOnly From { get; init; }
        public required DateOnly To { get; init; }
        public required int SeatsPerSlot { get; init; }
    }

    public sealed record Opened(int Slots, int Seats);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Service).IsInEnum().WithMessage("Unbekannte Terminart.");
            RuleFor(c => c.SeatsPerSlot).InclusiveBetween(1, 50).WithMessage("Plätze je Termin: 1 bis 50.");
            RuleFor(c => c.To).GreaterThanOrEqualTo(c => c.From).WithMessage("Das Ende des Zeitraums liegt vor seinem Beginn.");
            RuleFor(c => c).Must(c => c.To.DayNumber - c.From.DayNumber < LongestRangeInDays)
                .WithName("to").WithMessage($"Höchstens {LongestRangeInDays} Tage auf einmal.");
        }
    }

    public sealed class Handler(NpgsqlDataSource database, CurrentActor current, TimeProvider clock) : IRequestHandler<Command, Opened>
    {
        public async Task<Opened> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var calendar = await LocationCalendars.LoadAsync(connection, command.LocationId, cancellationToken);
            var slots = SlotGrid.Generate(calendar, command.Service, command.From, command.To);
            await using var upsert = Sql.Command(connection, $"""
                INSERT INTO {AppSchema.Name}.appointment_slots (id, location_id, service, starts_at, ends_at, capacity)
                SELECT gen_random_uuid(), $1, $2, s, e, $5 FROM unnest($3::timestamptz[], $4::timestamptz[]) AS t(s, e)
                ON CONFLICT (location_id, service, starts_at) DO UPDATE SET capacity = greatest({AppSchema.Name}.appointment_slots.capacity, excluded.capacity)
                RETURNING id
                """, command.LocationId, AppointmentServices.CodeOf(command.Service),
                slots.Select(s => s.Start.UtcDateTime).ToArray(), slots.Select(s => s.End.UtcDateTime).ToArray(), command.SeatsPerSlot);
            var ids = new List<Guid>();
            await using (var reader = await upsert.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    ids.Add(reader.GetGuid(0));
                }
            }
            await CapacityLog.RecordAsync(connection, clock.GetUtcNow(), current.Actor.UserId, "opened", ids.ToArray(), command.SeatsPerSlot, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Opened(ids.Count, ids.Count * command.SeatsPerSlot);
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/appointment-locations/{locationId:guid}/capacity", async (Guid locationId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(await AppointmentBody.ReadAsync<Command>(request, ct, ("locationId", locationId)), ct)))
            .RequireRoles(Role.Sachbearbeitung, Role.Teamleitung)
            .Accepts<Command>("application/json")
            .WithTags("Termine").WithName("OpenAppointmentCapacity").WithSummary("Öffnet Termine einer Terminart an einem Standort für einen Zeitraum")
            .Produces<Opened>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
}
