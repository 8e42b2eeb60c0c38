using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Organisation;

namespace Migrationsverwaltung.Api.Organisation;

/// <summary>Establishes an office with its authority code and file-number prefix.</summary>
public static class EstablishOffice
{
    [Action("", Creates = true, Summary = "Establishes an office with its authority code and file-number prefix")]
    public sealed record Command : OfficeRequest
    {
        public required string AuthorityCode { get; init; }
        public required string FileNumberPrefix { get; init; }
        public required string Name { get; init; }

        public override OfficeCommand ToDomain(CommandContext context) => new Domain.Organisation.EstablishOffice(OfficeId, context, AuthorityCode, FileNumberPrefix, Name);
    }

    public sealed class Validator : StreamRequestValidator<Command, OfficeCommand>
    {
        public Validator()
        {
            RuleFor(r => r.AuthorityCode).NotEmpty().MaximumLength(20).WithMessage("Der Behördenschlüssel fehlt.");
            RuleFor(r => r.FileNumberPrefix).Matches("^[A-Z]{2,10}$").WithMessage("Das Aktenzeichen-Präfix besteht aus 2 bis 10 Großbuchstaben.");
            RuleFor(r => r.Name).NotEmpty().MaximumLength(200).WithMessage("Der Name fehlt oder ist zu lang.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : OfficeCommandHandler<Command>(executor);
}
