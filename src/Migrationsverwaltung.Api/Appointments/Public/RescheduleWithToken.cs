using FluentValidation;
using MediatR;

namespace Migrationsverwaltung.Api.Appointments.Public;

/// <summary>POST /api/v1/public/appointments/{bookingId}/rescheduling: the applicant moves the booking to another slot of the same service.</summary>
public static class RescheduleWithToken
{
    public sealed record Command : IRequest<BookingView>
    {
        public Guid BookingId { get; init; }
        public required string StatusToken { get; init; }
        public required Guid SlotId { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.StatusToken).NotEmpty().WithMessage("Das Status-Token fehlt.").MaximumLength(64).WithMessage("Das Status-Token ist zu lang.");
            RuleFor(c => c.SlotId).NotEmpty().WithMessage("Der neue Termin fehlt.");
        }
    }

    public sealed class Handler(StatusTokenCases tokens, BookingLedger ledger, TimeProvider clock) : IRequestHandler<Command, BookingView>
    {
        public async Task<BookingView> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var caseId = await tokens.CaseOfAsync(command.StatusToken, now, cancellationToken);
            return await ledger.RescheduleAsync(command.BookingId, caseId, command.SlotId, BookingActor.Public, now, cancellationToken);
        }
    }

    public static void Map(RouteGroupBuilder publicApi) =>
        publicApi.MapPost("/appointments/{bookingId:guid}/rescheduling", async (Guid bookingId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var moved = await mediator.Send(await AppointmentBody.ReadAsync<Command>(request, ct, ("bookingId", bookingId)), ct);
                return Results.Ok(moved with { CaseId = Guid.Empty });
            })
            .Accepts<Command>("application/json")
            .WithName("RescheduleAppointmentWithStatusToken").WithSummary("Termin mit dem Status-Token verschieben (öffentlich)")
            .Produces<BookingView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
