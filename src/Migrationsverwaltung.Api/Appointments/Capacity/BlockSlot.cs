using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Common;
using Npgsql;

namespace Migrationsverwaltung.Api.Appointments.Capacity;

/// <summary>
/// POST /api/v1/appointment-slots/{slotId}/blocking: blocks a slot for new bookings (or frees it again). Bookings it
/// holds stay; the answer says how many, so that the office can move them.
/// </summary>
public static class BlockSlot
{
    public sealed record Command : IRequest<Blocking>
    {
        public Guid SlotId { get; init; }
        public required bool Blocked { get; init; }
    }

    public sealed record Blocking(Guid SlotId, bool Blocked, int ActiveBookings);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.SlotId).NotEmpty();
    }

    public sealed class Handler(NpgsqlDataSource database, CurrentActor current, TimeProvider clock) : IRequestHandler<Command, Blocking>
    {
        public async Task<Blocking> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var update = Sql.Command(connection, $"UPDATE {AppSchema.Name}.appointment_slots SET blocked = $2 WHERE id = $1 RETURNING booked", command.SlotId, command.Blocked);
            var booked = await update.ExecuteScalarAsync(cancellationToken) as int?
                ?? throw new AppointmentNotFoundException("Diesen Termin gibt es nicht.");
            await CapacityLog.RecordAsync(connection, clock.GetUtcNow(), current.Actor.UserId, command.Blocked ? "blocked" : "unblocked", [command.SlotId], 0, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Blocking(command.SlotId, command.Blocked, booked);
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/appointment-slots/{slotId:guid}/blocking", async (Guid slotId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(await AppointmentBody.ReadAsync<Command>(request, ct, ("slotId", slotId)), ct)))
            .RequireRoles(Role.Sachbearbeitung, Role.Teamleitung)
            .Accepts<Command>("application/json")
            .WithTags("Termine").WithName("BlockAppointmentSlot").WithSummary("Sperrt einen Termin für neue Buchungen oder gibt ihn wieder frei")
            .Produces<Blocking>().ProducesProblem(StatusCodes.Status404NotFound);
}
