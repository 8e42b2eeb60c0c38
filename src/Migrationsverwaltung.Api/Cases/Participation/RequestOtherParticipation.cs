using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Participation;

/// <summary>Involves another body (previous office, recognition office).</summary>
public static class RequestOtherParticipation
{
    [Action("participation-requests", Summary = "Involves another body (previous office, recognition office)")]
    public sealed record Command : CaseRequest
    {
        public required Guid ParticipationId { get; init; }
        public required string Body { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.RequestOtherParticipation(CaseId, context, ParticipationId, Body);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.ParticipationId).NotEmpty().WithMessage("Die Beteiligungs-ID fehlt.");
            RuleFor(r => r.Body).NotEmpty().MaximumLength(200).WithMessage("Die Stelle muss genannt werden (höchstens 200 Zeichen).");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
