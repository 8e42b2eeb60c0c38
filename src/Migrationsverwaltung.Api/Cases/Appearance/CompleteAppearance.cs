using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Appearance;

/// <summary>Completes the appearance (identity, biometrics, fee settled).</summary>
public static class CompleteAppearance
{
    [Action("appearance-completion", Summary = "Completes the appearance (identity, biometrics, fee settled)")]
    public sealed record Command : CaseRequest
    {
        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.CompleteAppearance(CaseId, context);
    }

    public sealed class Validator : CaseRequestValidator<Command>;

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
