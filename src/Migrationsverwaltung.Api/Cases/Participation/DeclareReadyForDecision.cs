using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Participation;

/// <summary>Declares the case ready for decision once every participation is closed.</summary>
public static class DeclareReadyForDecision
{
    [Action("ready-for-decision", Summary = "Declares the case ready for decision once every participation is closed")]
    public sealed record Command : CaseRequest
    {
        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.DeclareReadyForDecision(CaseId, context);
    }

    public sealed class Validator : CaseRequestValidator<Command>;

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
