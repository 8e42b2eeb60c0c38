using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Decision;

/// <summary>A second team lead approves the proposed rejection.</summary>
public static class ApproveRejection
{
    [Action("rejection-approval", Summary = "A second team lead approves the proposed rejection")]
    public sealed record Command : CaseRequest
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public override IReadOnlySet<Role> AllowedRoles => Roles.TeamLead;

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.ApproveRejection(CaseId, context);
    }

    public sealed class Validator : CaseRequestValidator<Command>;

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
