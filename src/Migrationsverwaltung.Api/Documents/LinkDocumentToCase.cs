using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents;

/// <summary>Links a document of the file to a case it serves.</summary>
public static class LinkDocumentToCase
{
    [Action("file/case-links", Summary = "Links a document of the file to a case it serves")]
    public sealed record Command : FileRequest
    {
        public required Guid DocumentId { get; init; }
        public required Guid CaseId { get; init; }

        public override FileCommand ToDomain(CommandContext context) => new Domain.Files.LinkDocumentToCase(StreamId, context, DocumentId, CaseId);
    }

    public sealed class Validator : StreamRequestValidator<Command, FileCommand>
    {
        public Validator()
        {
            RuleFor(r => r.DocumentId).NotEmpty().WithMessage("Das Dokument fehlt.");
            RuleFor(r => r.CaseId).NotEmpty().WithMessage("Das Verfahren fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : FileCommandHandler<Command>(executor);
}
