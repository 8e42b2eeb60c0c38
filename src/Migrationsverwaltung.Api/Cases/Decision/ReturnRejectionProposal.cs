using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Decision;

/// <summary>The team lead returns the rejection proposal (reason required).</summary>
public static class ReturnRejectionProposal
{
    [Action("rejection-proposal-returns", Summary = "The team lead returns the rejection proposal (reason required)")]
    public sealed record Command : CaseRequest
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public override IReadOnlySet<Role> AllowedRoles => Roles.TeamLead;

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.ReturnRejectionProposal(CaseId, context);
    }

    public sealed class Validator : CaseRequestValidator<Command>;

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
