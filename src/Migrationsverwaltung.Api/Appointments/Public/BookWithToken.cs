using FluentValidation;
using MediatR;

namespace Migrationsverwaltung.Api.Appointments.Public;

/// <summary>POST /api/v1/public/appointments (anonymous, rate-limited): the applicant books with the case's status token.</summary>
public static class BookWithToken
{
    public sealed record Command : IRequest<BookingView>
    {
        public required string StatusToken { get; init; }
        public required Guid SlotId { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.StatusToken).NotEmpty().WithMessage("Das Status-Token fehlt.").MaximumLength(64).WithMessage("Das Status-Token ist zu lang.");
            RuleFor(c => c.SlotId).NotEmpty().WithMessage("Der Termin fehlt.");
        }
    }

    public sealed class Handler(StatusTokenCases tokens, BookingLedger ledger, TimeProvider clock) : IRequestHandler<Command, BookingView>
    {
        public async Task<BookingView> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var caseId = await tokens.CaseOfAsync(command.StatusToken, now, cancellationToken);
            return await ledger.BookAsync(caseId, command.SlotId, BookingActor.Public, now, cancellationToken);
        }
    }

    public static void Map(RouteGroupBuilder publicApi) =>
        publicApi.MapPost("/appointments", async (HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var booked = await mediator.Send(await AppointmentBody.ReadAsync<Command>(request, ct), ct);
                return Results.Created($"/api/v1/public/appointments/{booked.BookingId}", booked with { CaseId = Guid.Empty });
            })
            .Accepts<Command>("application/json")
            .WithName("BookAppointmentWithStatusToken").WithSummary("Termin mit dem Status-Token buchen (öffentlich)")
            .Produces<BookingView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
