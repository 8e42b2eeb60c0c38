using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Participation;

/// <summary>Records another body's answer.</summary>
public static class RecordOtherParticipationAnswer
{
    [Action("participation-answers", Summary = "Records another body's answer")]
    public sealed record Command : CaseRequest
    {
        public required Guid ParticipationId { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.RecordOtherParticipationAnswer(CaseId, context, ParticipationId);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.ParticipationId).NotEmpty().WithMessage("Die Beteiligungs-ID fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
