using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Fiktion;

/// <summary>Orders the continuation of the old title after a late application (§81(4) s.3; reason required).</summary>
public static class OrderFiktionContinuation
{
    [Action("fiktion-continuation-orders", Summary = "Orders the continuation of the old title after a late application (§81(4) s.3; reason required)")]
    public sealed record Command : CaseRequest
    {
        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.OrderFiktionContinuation(CaseId, context);
    }

    public sealed class Validator : CaseRequestValidator<Command>;

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
