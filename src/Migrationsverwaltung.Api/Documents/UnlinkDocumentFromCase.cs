using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents;

/// <summary>Unlinks a document from a case (the document stays in the file); needs a reason.</summary>
public static class UnlinkDocumentFromCase
{
    [Action("file/case-unlinks", Summary = "Unlinks a document from a case (the document stays in the file); needs a reason")]
    public sealed record Command : FileRequest
    {
        public required Guid DocumentId { get; init; }
        public required Guid CaseId { get; init; }

        public override FileCommand ToDomain(CommandContext context) => new Domain.Files.UnlinkDocumentFromCase(StreamId, context, DocumentId, CaseId);
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
