using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Appearance;

/// <summary>Records fingerprints taken (§61a AufenthV).</summary>
public static class RecordFingerprintsTaken
{
    [Action("fingerprints", Summary = "Records fingerprints taken (§61a AufenthV)")]
    public sealed record Command : CaseRequest
    {
        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.RecordFingerprintsTaken(CaseId, context);
    }

    public sealed class Validator : CaseRequestValidator<Command>;

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
