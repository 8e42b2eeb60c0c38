using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Fees;

/// <summary>Waives a fee (reason required).</summary>
public static class WaiveFee
{
    [Action("fee-waivers", Summary = "Waives a fee (reason required)")]
    public sealed record Command : CaseRequest
    {
        public required Guid FeeId { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.WaiveFee(CaseId, context, FeeId);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.FeeId).NotEmpty().WithMessage("Die Gebühren-ID fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
