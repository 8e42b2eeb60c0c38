using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Appointments.Public;

namespace Migrationsverwaltung.Api.Appointments.Triage;

/// <summary>
/// POST /api/v1/public/emergency-requests/lookup (anonymous, rate-limited): the applicant's requests with their
/// answers and, while waiting, the place in the queue. POST because the token belongs in the body, never in a URL.
/// </summary>
public static class GetEmergencyRequestsWithToken
{
    public sealed record Query : IRequest<IReadOnlyList<EmergencyRequestView>>
    {
        public required string StatusToken { get; init; }
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(c => c.StatusToken).NotEmpty().WithMessage("Das Status-Token fehlt.").MaximumLength(64).WithMessage("Das Status-Token ist zu lang.");
    }

    public sealed class Handler(StatusTokenCases tokens, EmergencyRequestStore requests, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<EmergencyRequestView>>
    {
        public async Task<IReadOnlyList<EmergencyRequestView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var caseId = await tokens.CaseOfAsync(query.StatusToken, clock.GetUtcNow(), cancellationToken);
            return (await requests.ListAsync(caseId, null, cancellationToken)).Select(LodgeEmergencyRequest.Anonymised).ToList();
        }
    }

    public static void Map(RouteGroupBuilder publicApi) =>
        publicApi.MapPost("/emergency-requests/lookup", async (HttpRequest request, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(await AppointmentBody.ReadAsync<Query>(request, ct), ct)))
            .Accepts<Query>("application/json")
            .WithName("GetEmergencyRequestsWithStatusToken").WithSummary("Eigene Notfallanfragen und Antworten abrufen (öffentlich)")
            .Produces<IReadOnlyList<EmergencyRequestView>>().ProducesProblem(StatusCodes.Status404NotFound);
}
