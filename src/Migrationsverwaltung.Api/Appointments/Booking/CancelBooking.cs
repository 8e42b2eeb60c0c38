using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Appointments.Booking;

/// <summary>POST /api/v1/appointments/{bookingId}/cancellation: the office cancels a booking; the seat is free again.</summary>
public static class CancelBooking
{
    public sealed record Command : IRequest<Unit>
    {
        public Guid BookingId { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.BookingId).NotEmpty();
    }

    public sealed class Handler(OfficeCases cases, BookingLedger ledger, CurrentActor current, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await cases.EnsureMayBookForAsync(await ledger.CaseOfAsync(command.BookingId, cancellationToken), cancellationToken);
            await ledger.CancelAsync(command.BookingId, null, BookingActor.Office(current.Actor.UserId), clock.GetUtcNow(), cancellationToken);
            return Unit.Value;
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/appointments/{bookingId:guid}/cancellation", async (Guid bookingId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(await AppointmentBody.ReadAsync<Command>(request, ct, ("bookingId", bookingId)), ct);
                return Results.NoContent();
            })
            .RequireRoles(Role.Sachbearbeitung, Role.Teamleitung)
            .WithTags("Termine").WithName("CancelAppointment").WithSummary("Sagt einen gebuchten Termin ab (Sachbearbeitung)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
}
