using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents.Sharing;

/// <summary>Records that the applicant withdrew a sharing consent: the partner's shares end at once.</summary>
public static class WithdrawSharingConsent
{
    [Action("file/sharing-consent-withdrawals", Summary = "Records that the applicant withdrew a sharing consent: the partner's shares end at once")]
    public sealed record Command : FileRequest
    {
        public required string Partner { get; init; }

        public override FileCommand ToDomain(CommandContext context) => new Domain.Files.WithdrawSharingConsent(StreamId, context, Partner);
    }

    public sealed class Validator : StreamRequestValidator<Command, FileCommand>
    {
        public Validator()
        {
            RuleFor(r => r.Partner).NotEmpty().MaximumLength(200).WithMessage("Die Partnerorganisation fehlt oder ist zu lang (höchstens 200 Zeichen).");
        }
    }

    public sealed class Handler(CommandExecutor executor) : FileCommandHandler<Command>(executor);
}
