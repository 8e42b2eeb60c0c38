using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Card;

/// <summary>Orders the electronic residence permit from the Bundesdruckerei.</summary>
public static class OrderEat
{
    [Action("eat-orders", Summary = "Orders the electronic residence permit from the Bundesdruckerei")]
    public sealed record Command : CaseRequest
    {
        public bool Express { get; init; }
        public bool DirectDispatch { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.OrderEat(CaseId, context, Express, DirectDispatch);
    }

    public sealed class Validator : CaseRequestValidator<Command>;

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
