using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Appearance;

/// <summary>Records the signature for the card.</summary>
public static class RecordSignatureTaken
{
    [Action("signature", Summary = "Records the signature for the card")]
    public sealed record Command : CaseRequest
    {
        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.RecordSignatureTaken(CaseId, context);
    }

    public sealed class Validator : CaseRequestValidator<Command>;

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
