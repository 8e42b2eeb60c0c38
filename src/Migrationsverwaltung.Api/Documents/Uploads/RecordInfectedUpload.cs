using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents.Uploads;

/// <summary>Records in the person's file that an upload was refused as infected (hash and signature; no bytes).</summary>
public static class RecordInfectedUpload
{
    [InternalCommand]
    public sealed record Command : FileRequest
    {
        public required Guid OfficeId { get; init; }
        public required string Sha256 { get; init; }
        public required string Signature { get; init; }
        public string? FileName { get; init; }

        public override FileCommand ToDomain(CommandContext context) =>
            new Domain.Files.RecordInfectedUpload(StreamId, context, PersonId, OfficeId, Sha256, Signature, FileName);
    }

    public sealed class Validator : StreamRequestValidator<Command, FileCommand>
    {
        public Validator()
        {
            RuleFor(r => r.Sha256).Length(64);
            RuleFor(r => r.Signature).NotEmpty();
        }
    }

    public sealed class Handler(CommandExecutor executor) : FileCommandHandler<Command>(executor);
}
