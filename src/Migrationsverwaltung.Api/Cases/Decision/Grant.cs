using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Decision;

/// <summary>Grants the title until the given date.</summary>
public static class Grant
{
    [Action("grant", Summary = "Grants the title until the given date")]
    public sealed record Command : CaseRequest
    {
        public required DateOnly ValidUntil { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.Grant(CaseId, context, ValidUntil);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.ValidUntil).NotEqual(default(DateOnly)).WithMessage("Die Gültigkeit fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
