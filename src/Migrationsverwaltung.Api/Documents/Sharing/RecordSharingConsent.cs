using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents.Sharing;

/// <summary>Records the applicant's consent to share documents with a partner organisation for a purpose until a date.</summary>
public static class RecordSharingConsent
{
    [Action("file/sharing-consents", Summary = "Records the applicant's consent to share documents with a partner organisation for a purpose until a date")]
    public sealed record Command : FileRequest
    {
        public required string Partner { get; init; }
        public required string Purpose { get; init; }
        public required DateOnly Until { get; init; }

        public override FileCommand ToDomain(CommandContext context) => new Domain.Files.RecordSharingConsent(StreamId, context, Partner, Purpose, Until);
    }

    public sealed class Validator : StreamRequestValidator<Command, FileCommand>
    {
        public Validator()
        {
            RuleFor(r => r.Partner).NotEmpty().MaximumLength(200).WithMessage("Die Partnerorganisation fehlt oder ist zu lang (höchstens 200 Zeichen).");
            RuleFor(r => r.Purpose).NotEmpty().MaximumLength(1000).WithMessage("Der Zweck fehlt oder ist zu lang (höchstens 1000 Zeichen).");
            RuleFor(r => r.Until).NotEqual(default(DateOnly)).WithMessage("Das Ende der Einwilligung fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : FileCommandHandler<Command>(executor);
}
