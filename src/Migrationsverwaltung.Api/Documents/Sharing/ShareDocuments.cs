using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents.Sharing;

/// <summary>
/// Shares selected documents with a partner organisation until a date, within the applicant's consent. The answer
/// carries the share id and, once, the partner's token (Extra: shareId, shareToken).
/// </summary>
public static class ShareDocuments
{
    [Action("file/shares", Summary = "Shares selected documents with a partner organisation (consent required); returns the partner's token once")]
    public sealed record Command : FileRequest
    {
        public required string Partner { get; init; }
        public required IReadOnlyList<Guid> DocumentIds { get; init; }
        public required DateOnly Until { get; init; }

        public override FileCommand ToDomain(CommandContext context) => throw new NotSupportedException("The share id is chosen in the handler.");
    }

    public sealed class Validator : StreamRequestValidator<Command, FileCommand>
    {
        public Validator()
        {
            RuleFor(r => r.Partner).NotEmpty().MaximumLength(200).WithMessage("Die Partnerorganisation fehlt oder ist zu lang (höchstens 200 Zeichen).");
            RuleFor(r => r.DocumentIds).NotEmpty().WithMessage("Es ist kein Dokument zur Weitergabe ausgewählt.")
                .Must(ids => ids is null || ids.Count <= 100).WithMessage("Höchstens 100 Dokumente je Freigabe.")
                .Must(ids => ids is null || ids.All(id => id != Guid.Empty)).WithMessage("Eine Dokument-ID ist leer.");
            RuleFor(r => r.Until).NotEqual(default(DateOnly)).WithMessage("Das Ende der Freigabe fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : IRequestHandler<Command, CommandResult>
    {
        public Task<CommandResult> Handle(Command request, CancellationToken cancellationToken) =>
            executor.ExecuteAsync(Aggregates.File, request, (context, _, session, _) =>
            {
                var shareId = Guid.CreateVersion7();
                var token = ShareTokens.Create();
                session.AfterAppend((connection, _, ct) => ShareTokens.StoreAsync(connection, token, request.PersonId, shareId, ct));
                FileCommand command = new Domain.Files.ShareDocuments(request.StreamId, context, shareId, request.Partner, request.DocumentIds, request.Until);
                return Task.FromResult(new Prepared<FileCommand>(command, new Dictionary<string, string>
                {
                    ["shareId"] = shareId.ToString(), ["shareToken"] = token,
                }));
            }, cancellationToken);
    }
}
