using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Appointments.Triage;

/// <summary>
/// POST /api/v1/emergency-triage: runs triage for a day (default today, at most <see cref="DaysAhead"/> ahead) by
/// hand; the scheduled run (Appointments:Triage) does the same each working day. Running again hands out only what
/// is still free.
/// </summary>
public static class RunTriage
{
    public const int DaysAhead = 31;

    public sealed record Command : IRequest<TriageRun>
    {
        public DateOnly? Day { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) =>
            RuleFor(c => c.Day).Must(d => d is not { } day || InRange(day, BerlinTime.DateOf(clock.GetUtcNow())))
                .WithMessage($"Triage läuft für heute oder einen der nächsten {DaysAhead} Tage.");

        private static bool InRange(DateOnly day, DateOnly today) => day >= today && day <= today.AddDays(DaysAhead);
    }

    public sealed class Handler(TriageDesk desk, CurrentActor current, TimeProvider clock) : IRequestHandler<Command, TriageRun>
    {
        public Task<TriageRun> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            return desk.RunAsync(command.Day ?? BerlinTime.DateOf(now), BookingActor.Office(current.Actor.UserId), now, cancellationToken);
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/emergency-triage", async (HttpRequest request, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(await AppointmentBody.ReadAsync<Command>(request, ct), ct)))
            .RequireRoles(Role.Sachbearbeitung, Role.Teamleitung)
            .Accepts<Command>("application/json")
            .WithTags("Termine").WithName("RunEmergencyTriage").WithSummary("Notfall-Triage für einen Tag ausführen: freie Notfalltermine nach Dringlichkeit vergeben")
            .Produces<TriageRun>().ProducesValidationProblem();
}
