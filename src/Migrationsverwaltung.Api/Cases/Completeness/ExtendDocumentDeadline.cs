using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Completeness;

/// <summary>Moves the documents deadline later (reason required).</summary>
public static class ExtendDocumentDeadline
{
    [Action("document-deadline-extensions", Summary = "Moves the documents deadline later (reason required)")]
    public sealed record Command : CaseRequest
    {
        public required DateOnly NewDeadline { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.ExtendDocumentDeadline(CaseId, context, NewDeadline);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.NewDeadline).NotEqual(default(DateOnly)).WithMessage("Die neue Frist fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
