using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents;

/// <summary>Classifies a document of the file anew (type, title, confidentiality, valid until); needs a reason.</summary>
public static class ReclassifyDocument
{
    [Action("file/reclassifications", Summary = "Classifies a document of the file anew (type, title, confidentiality, valid until); needs a reason")]
    public sealed record Command : FileRequest
    {
        public required Guid DocumentId { get; init; }
        public required string DocumentType { get; init; }
        public string? Title { get; init; }
        public Confidentiality Confidentiality { get; init; } = Confidentiality.Normal;
        public DateOnly? ValidUntil { get; init; }

        public override FileCommand ToDomain(CommandContext context) =>
            new Domain.Files.ReclassifyDocument(StreamId, context, DocumentId, DocumentType.Trim(), Title, Confidentiality, ValidUntil);
    }

    public sealed class Validator : StreamRequestValidator<Command, FileCommand>
    {
        public Validator()
        {
            RuleFor(r => r.DocumentId).NotEmpty().WithMessage("Das Dokument fehlt.");
            RuleFor(r => r.DocumentType).Must(DocumentTypes.IsKnown).WithMessage(DocumentTypes.Unknown);
            RuleFor(r => r.Title).MaximumLength(500).WithMessage("Der Titel ist zu lang (höchstens 500 Zeichen).");
            RuleFor(r => r.Confidentiality).IsInEnum().WithMessage("Die Vertraulichkeit ist unbekannt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : FileCommandHandler<Command>(executor);
}
