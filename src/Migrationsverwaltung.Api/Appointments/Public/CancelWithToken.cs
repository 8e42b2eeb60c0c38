using FluentValidation;
using MediatR;

namespace Migrationsverwaltung.Api.Appointments.Public;

/// <summary>POST /api/v1/public/appointments/{bookingId}/cancellation: the applicant cancels; the token must open the booking's case.</summary>
public static class CancelWithToken
{
    public sealed record Command : IRequest<Unit>
    {
        public Guid BookingId { get; init; }
        public required string StatusToken { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.StatusToken).NotEmpty().WithMessage("Das Status-Token fehlt.").MaximumLength(64).WithMessage("Das Status-Token ist zu lang.");
    }

    public sealed class Handler(StatusTokenCases tokens, BookingLedger ledger, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var caseId = await tokens.CaseOfAsync(command.StatusToken, now, cancellationToken);
            await ledger.CancelAsync(command.BookingId, caseId, BookingActor.Public, now, cancellationToken);
            return Unit.Value;
        }
    }

    public static void Map(RouteGroupBuilder publicApi) =>
        publicApi.MapPost("/appointments/{bookingId:guid}/cancellation", async (Guid bookingId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(await AppointmentBody.ReadAsync<Command>(request, ct, ("bookingId", bookingId)), ct);
                return Results.NoContent();
            })
            .Accepts<Command>("application/json")
            .WithName("CancelAppointmentWithStatusToken").WithSummary("Termin mit dem Status-Token absagen (öffentlich)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
}
