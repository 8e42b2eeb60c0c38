using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Common;
using Npgsql;

namespace Migrationsverwaltung.Api.Appointments.Capacity;

/// <summary>
/// POST /api/v1/appointment-slots/{slotId}/capacity-moves: moves free seats of one slot to another slot of the same
/// service (e.g. from a quiet morning to the emergency afternoon). Booked seats never move: the source keeps at
/// least as many seats as it has bookings.
/// </summary>
public static class MoveCapacity
{
    public sealed record Command : IRequest<Moved>
    {
        public Guid SlotId { get; init; }
        public required Guid ToSlotId { get; init; }
        public required int Seats { get; init; }
    }

    public sealed record Moved(Guid FromSlotId, int FromCapacity, Guid ToSlotId, int ToCapacity);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ToSlotId).NotEmpty().WithMessage("Der Zieltermin fehlt.").NotEqual(c => c.SlotId).WithMessage("Quelle und Ziel sind derselbe Termin.");
            RuleFor(c => c.Seats).InclusiveBetween(1, 50).WithMessage("Plätze: 1 bis 50.");
        }
    }

    public sealed class Handler(NpgsqlDataSource database, CurrentActor current, TimeProvider clock) : IRequestHandler<Command, Moved>
    {
        private const string Slots = $"{AppSchema.Name}.appointment_slots";

        public async Task<Moved> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var services = new Dictionary<Guid, string>();
            await using (var lockBoth = Sql.Command(connection, $"SELECT id, service FROM {Slots} WHERE id = ANY($1) ORDER BY id FOR UPDATE", new[] { command.SlotId, command.ToSlotId }))
            await using (var reader = await lockBoth.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    services[reader.GetGuid(0)] = reader.GetString(1);
                }
            }
            if (services.Count < 2)
            {
                throw new AppointmentNotFoundException("Quell- oder Zieltermin gibt es nicht.");
            }
            if (services[command.SlotId] != services[command.ToSlotId])
            {
                throw new AppointmentUnavailableException("Plätze lassen sich nur zwischen Terminen derselben Terminart verschieben.");
            }
            await using var take = Sql.Command(connection, $"UPDATE {Slots} SET capacity = capacity - $2 WHERE id = $1 AND capacity - $2 >= booked RETURNING capacity", command.SlotId, command.Seats);
            var from = await take.ExecuteScalarAsync(cancellationToken) as int?
                ?? throw new AppointmentUnavailableException("So viele freie Plätze hat der Quelltermin nicht; gebuchte Plätze bleiben.");
            await using var give = Sql.Command(connection, $"UPDATE {Slots} SET capacity = capacity + $2 WHERE id = $1 RETURNING capacity", command.ToSlotId, command.Seats);
            var to = (int)(await give.ExecuteScalarAsync(cancellationToken))!;
            await CapacityLog.RecordAsync(connection, clock.GetUtcNow(), current.Actor.UserId, "moved", [command.SlotId, command.ToSlotId], command.Seats, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Moved(command.SlotId, from, command.ToSlotId, to);
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/appointment-slots/{slotId:guid}/capacity-moves", async (Guid slotId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(await AppointmentBody.ReadAsync<Command>(request, ct, ("slotId", slotId)), ct)))
            .RequireRoles(Role.Sachbearbeitung, Role.Teamleitung)
            .Accepts<Command>("application/json")
            .WithTags("Termine").WithName("MoveAppointmentCapacity").WithSummary("Verschiebt freie Plätze zwischen Terminen derselben Terminart")
            .Produces<Moved>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
