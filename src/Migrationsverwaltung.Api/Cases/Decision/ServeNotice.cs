using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Decision;

/// <summary>Records the service of the rejection notice.</summary>
public static class ServeNotice
{
    [Action("notice-service", Summary = "Records the service of the rejection notice")]
    public sealed record Command : CaseRequest
    {
        public required DateOnly ServedOn { get; init; }
        public bool WithInstructionsOnRemedies { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.ServeNotice(CaseId, context, ServedOn, WithInstructionsOnRemedies);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.ServedOn).NotEqual(default(DateOnly)).WithMessage("Das Zustelldatum fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
