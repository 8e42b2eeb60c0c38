using MediatR;
using Migrationsverwaltung.Api.Views.Shared;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Appointments.Triage;

/// <summary>GET /api/v1/emergency-requests?status=waiting|slot_given|declined: the office's fast lane (waiting ones in queue order). No personal data: case ids, reasons, dates.</summary>
public static class GetEmergencyRequests
{
    public sealed record Query(string? Status) : IRequest<IReadOnlyList<EmergencyRequestView>>;

    public sealed class Validator : FluentValidation.AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Status).IsOneOf(EmergencyRequestStatus.All);
    }

    public sealed class Handler(EmergencyRequestStore requests) : IRequestHandler<Query, IReadOnlyList<EmergencyRequestView>>
    {
        public Task<IReadOnlyList<EmergencyRequestView>> Handle(Query query, CancellationToken cancellationToken) =>
            requests.ListAsync(null, query.Status, cancellationToken);
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/emergency-requests", async (string? status, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new Query(status), ct)))
            .RequireRoles(Role.Sachbearbeitung, Role.Teamleitung)
            .WithTags("Termine").WithName("GetEmergencyRequests").WithSummary("Notfallanfragen der Behörde (wartende in der Reihenfolge der Triage)")
            .Produces<IReadOnlyList<EmergencyRequestView>>().ProducesValidationProblem();
}
