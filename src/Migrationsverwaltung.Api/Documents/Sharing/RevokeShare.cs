using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents.Sharing;

/// <summary>Revokes a share: the partner's token stops working at once.</summary>
public static class RevokeShare
{
    [Action("file/share-revocations", Summary = "Revokes a share: the partner's token stops working at once")]
    public sealed record Command : FileRequest
    {
        public required Guid ShareId { get; init; }

        public override FileCommand ToDomain(CommandContext context) => new Domain.Files.RevokeShare(StreamId, context, ShareId);
    }

    public sealed class Validator : StreamRequestValidator<Command, FileCommand>
    {
        public Validator()
        {
            RuleFor(r => r.ShareId).NotEmpty().WithMessage("Die Freigabe fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : FileCommandHandler<Command>(executor);
}
