using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Decision;

/// <summary>Records an objection or lawsuit against the rejection.</summary>
public static class RecordLegalRemedy
{
    [Action("legal-remedies", Summary = "Records an objection or lawsuit against the rejection")]
    public sealed record Command : CaseRequest
    {
        public required DateOnly FiledOn { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.RecordLegalRemedy(CaseId, context, FiledOn);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.FiledOn).NotEqual(default(DateOnly)).WithMessage("Das Datum des Rechtsbehelfs fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
