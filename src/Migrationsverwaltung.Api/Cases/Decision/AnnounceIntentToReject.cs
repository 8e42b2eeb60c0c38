using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Decision;

/// <summary>Announces the intent to reject and sets the hearing deadline (§28 VwVfG; reasons required).</summary>
public static class AnnounceIntentToReject
{
    [Action("intent-to-reject", Summary = "Announces the intent to reject and sets the hearing deadline (§28 VwVfG; reasons required)")]
    public sealed record Command : CaseRequest
    {
        public required DateOnly HearingDeadline { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.AnnounceIntentToReject(CaseId, context, HearingDeadline);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.HearingDeadline).NotEqual(default(DateOnly)).WithMessage("Die Anhörungsfrist fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
