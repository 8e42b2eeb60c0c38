using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Lifecycle;

/// <summary>Withdraws the application (reason required on the applicant's behalf).</summary>
public static class Withdraw
{
    [Action("withdrawal", Summary = "Withdraws the application (reason required on the applicant's behalf)")]
    public sealed record Command : CaseRequest
    {
        public bool OnApplicantsBehalf { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.Withdraw(CaseId, context, OnApplicantsBehalf);
    }

    public sealed class Validator : CaseRequestValidator<Command>;

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
