using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Decision;

/// <summary>Declares the rejection final.</summary>
public static class DeclareRejectionFinal
{
    [Action("finality", Summary = "Declares the rejection final")]
    public sealed record Command : CaseRequest
    {
        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.DeclareRejectionFinal(CaseId, context);
    }

    public sealed class Validator : CaseRequestValidator<Command>;

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
