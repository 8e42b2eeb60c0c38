using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Appointments.Public;
using Migrationsverwaltung.Domain.Appointments.Triage;
using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Api.Appointments.Triage;

/// <summary>
/// POST /api/v1/public/emergency-requests (anonymous, rate-limited): the applicant asks for the fast lane with the
/// case's status token, a reason and the date it is about (expiry, pickup, job start; none for a lost document).
/// No emergency by the rules: answered at once with the reason. Otherwise it waits for the next triage run.
/// </summary>
public static class LodgeEmergencyRequest
{
    /// <summary>How far back and ahead the date may lie: an expired title is an emergency, a date next year is not plausible.</summary>
    public const int DaysBack = 90;
    public const int DaysAhead = 365;

    public sealed record Command : IRequest<EmergencyRequestView>
    {
        public required string StatusToken { get; init; }
        public required EmergencyReason Reason { get; init; }
        public DateOnly? Deadline { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.StatusToken).NotEmpty().WithMessage("Das Status-Token fehlt.").MaximumLength(64).WithMessage("Das Status-Token ist zu lang.");
            RuleFor(c => c.Reason).IsInEnum().WithMessage("Unbekannter Grund (TitleExpiresSoon, EatPickup, LostDocument, JobStarts).");
            RuleFor(c => c.Deadline).NotNull().When(c => c.Reason != EmergencyReason.LostDocument)
                .WithMessage("Bitte nennen Sie das Datum, um das es geht (Ablauf des Titels, Abholung, Arbeitsbeginn).");
            RuleFor(c => c.Deadline).Must(d => d is not { } date || Plausible(date, BerlinTime.DateOf(clock.GetUtcNow())))
                .WithMessage($"Das Datum muss zwischen {DaysBack} Tagen zurück und {DaysAhead} Tagen voraus liegen.");
        }

        private static bool Plausible(DateOnly date, DateOnly today) => date >= today.AddDays(-DaysBack) && date <= today.AddDays(DaysAhead);
    }

    public sealed class Handler(StatusTokenCases tokens, EmergencyRequestStore requests, TimeProvider clock) : IRequestHandler<Command, EmergencyRequestView>
    {
        public async Task<EmergencyRequestView> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var caseId = await tokens.CaseOfAsync(command.StatusToken, now, cancellationToken);
            return await requests.LodgeAsync(caseId, command.Reason, command.Deadline, "system:triage-rules", now, cancellationToken);
        }
    }

    public static void Map(RouteGroupBuilder publicApi) =>
        publicApi.MapPost("/emergency-requests", async (HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var lodged = await mediator.Send(await AppointmentBody.ReadAsync<Command>(request, ct), ct);
                return Results.Created($"/api/v1/public/emergency-requests/{lodged.RequestId}", Anonymised(lodged));
            })
            .Accepts<Command>("application/json")
            .WithName("LodgeEmergencyRequest").WithSummary("Notfallanfrage mit dem Status-Token stellen (öffentlich)")
            .Produces<EmergencyRequestView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem();

    /// <summary>The public answers carry no case id (the token holder needs none).</summary>
    public static EmergencyRequestView Anonymised(EmergencyRequestView view) =>
        view with { CaseId = Guid.Empty, Appointment = view.Appointment is { } a ? a with { CaseId = Guid.Empty } : null };
}
