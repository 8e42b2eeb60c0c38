using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Completeness;

/// <summary>Records documents handed in; the completeness check resumes.</summary>
public static class ReceiveDocuments
{
    [Action("document-receipts", Summary = "Records documents handed in; the completeness check resumes")]
    public sealed record Command : CaseRequest
    {
        public required IReadOnlyList<string> DocumentCodes { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.ReceiveDocuments(CaseId, context, DocumentCodes);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.DocumentCodes).NotEmpty().WithMessage("Welche Unterlagen sind eingegangen?");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
