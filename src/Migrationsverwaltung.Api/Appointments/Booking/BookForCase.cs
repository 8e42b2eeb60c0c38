using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Appointments.Booking;

/// <summary>POST /api/v1/cases/{caseId}/appointments: a caseworker books a slot for a case of the team.</summary>
public static class BookForCase
{
    public sealed record Command : IRequest<BookingView>
    {
        public Guid CaseId { get; init; }
        public required Guid SlotId { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.SlotId).NotEmpty().WithMessage("Der Termin fehlt.");
    }

    public sealed class Handler(OfficeCases cases, BookingLedger ledger, CurrentActor current, TimeProvider clock) : IRequestHandler<Command, BookingView>
    {
        public async Task<BookingView> Handle(Command command, CancellationToken cancellationToken)
        {
            await cases.EnsureMayBookForAsync(command.CaseId, cancellationToken);
            return await ledger.BookAsync(command.CaseId, command.SlotId, BookingActor.Office(current.Actor.UserId), clock.GetUtcNow(), cancellationToken);
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/cases/{caseId:guid}/appointments", async (Guid caseId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var booked = await mediator.Send(await AppointmentBody.ReadAsync<Command>(request, ct, ("caseId", caseId)), ct);
                return Results.Created($"/api/v1/appointments/{booked.BookingId}", booked);
            })
            .RequireRoles(Role.Sachbearbeitung, Role.Teamleitung)
            .Accepts<Command>("application/json")
            .WithTags("Termine").WithName("BookAppointmentForCase").WithSummary("Bucht einen Termin für ein Verfahren (Sachbearbeitung)")
            .Produces<BookingView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
