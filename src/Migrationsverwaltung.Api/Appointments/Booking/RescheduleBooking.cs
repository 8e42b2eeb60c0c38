using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Appointments.Booking;

/// <summary>POST /api/v1/appointments/{bookingId}/rescheduling: the office moves a booking to another slot of the same service.</summary>
public static class RescheduleBooking
{
    public sealed record Command : IRequest<BookingView>
    {
        public Guid BookingId { get; init; }
        public required Guid SlotId { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.SlotId).NotEmpty().WithMessage("Der neue Termin fehlt.");
    }

    public sealed class Handler(OfficeCases cases, BookingLedger ledger, CurrentActor current, TimeProvider clock) : IRequestHandler<Command, BookingView>
    {
        public async Task<BookingView> Handle(Command command, CancellationToken cancellationToken)
        {
            await cases.EnsureMayBookForAsync(await ledger.CaseOfAsync(command.BookingId, cancellationToken), cancellationToken);
            return await ledger.RescheduleAsync(command.BookingId, null, command.SlotId, BookingActor.Office(current.Actor.UserId), clock.GetUtcNow(), cancellationToken);
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/appointments/{bookingId:guid}/rescheduling", async (Guid bookingId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(await AppointmentBody.ReadAsync<Command>(request, ct, ("bookingId", bookingId)), ct)))
            .RequireRoles(Role.Sachbearbeitung, Role.Teamleitung)
            .Accepts<Command>("application/json")
            .WithTags("Termine").WithName("RescheduleAppointment").WithSummary("Verschiebt einen gebuchten Termin (Sachbearbeitung)")
            .Produces<BookingView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
