using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>Places a legal hold on the file (lawsuit, inquiry): retention, archive hand-over and deletion stop; needs a reason.</summary>
public static class PlaceLegalHold
{
    [Action("file/legal-holds", Summary = "Places a legal hold on the file (lawsuit, inquiry): retention, archive hand-over and deletion stop; needs a reason")]
    public sealed record Command : FileRequest
    {
        public required string Reference { get; init; }

        public override IReadOnlySet<Role> AllowedRoles => Roles.LegalHold;

        public override FileCommand ToDomain(CommandContext context) => new Domain.Files.PlaceLegalHold(StreamId, context, Reference);
    }

    public sealed class Validator : StreamRequestValidator<Command, FileCommand>
    {
        public Validator()
        {
            RuleFor(r => r.Reference).NotEmpty().MaximumLength(200).WithMessage("Das Aktenzeichen oder der Anlass der Sperre fehlt oder ist zu lang (höchstens 200 Zeichen).");
        }
    }

    public sealed class Handler(CommandExecutor executor) : FileCommandHandler<Command>(executor);
}
