using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>Lifts the legal hold of the file; needs a reason.</summary>
public static class LiftLegalHold
{
    [Action("file/legal-hold-lifts", Summary = "Lifts the legal hold of the file; needs a reason")]
    public sealed record Command : FileRequest
    {
        public override IReadOnlySet<Role> AllowedRoles => Roles.LegalHold;

        public override FileCommand ToDomain(CommandContext context) => new Domain.Files.LiftLegalHold(StreamId, context);
    }

    public sealed class Validator : StreamRequestValidator<Command, FileCommand>
    {
        public Validator()
        {

        }
    }

    public sealed class Handler(CommandExecutor executor) : FileCommandHandler<Command>(executor);
}
