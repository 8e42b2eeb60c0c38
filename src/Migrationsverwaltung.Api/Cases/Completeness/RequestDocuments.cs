using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Completeness;

/// <summary>Names the missing documents with a deadline (§82(1) AufenthV).</summary>
public static class RequestDocuments
{
    [Action("document-requests", Summary = "Names the missing documents with a deadline (§82(1) AufenthV)")]
    public sealed record Command : CaseRequest
    {
        public required IReadOnlyList<Verfahren.MissingItem> Items { get; init; }
        public required DateOnly Deadline { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.RequestDocuments(CaseId, context, Items, Deadline);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.Items).NotEmpty().WithMessage("Die fehlenden Unterlagen müssen benannt werden.");
            RuleFor(r => r.Deadline).NotEqual(default(DateOnly)).WithMessage("Die Frist fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
