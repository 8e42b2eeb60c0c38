using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Organisation;

namespace Migrationsverwaltung.Api.Organisation;

/// <summary>Forms a team.</summary>
public static class FormTeam
{
    [Action("teams", Summary = "Forms a team")]
    public sealed record Command : OfficeRequest
    {
        public required Guid TeamId { get; init; }
        public required string Name { get; init; }

        public override OfficeCommand ToDomain(CommandContext context) => new Domain.Organisation.FormTeam(OfficeId, context, TeamId, Name);
    }

    public sealed class Validator : StreamRequestValidator<Command, OfficeCommand>
    {
        public Validator()
        {
            RuleFor(r => r.TeamId).NotEmpty().WithMessage("Die Team-ID fehlt.");
            RuleFor(r => r.Name).NotEmpty().MaximumLength(100).WithMessage("Der Teamname fehlt oder ist zu lang.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : OfficeCommandHandler<Command>(executor);
}
