using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Organisation;

namespace Migrationsverwaltung.Api.Organisation;

/// <summary>Moves a staff member to another team (reason required).</summary>
public static class MoveStaffMember
{
    [Action("staff-moves", Summary = "Moves a staff member to another team (reason required)")]
    public sealed record Command : OfficeRequest
    {
        public required string UserId { get; init; }
        public required Guid NewTeamId { get; init; }

        public override OfficeCommand ToDomain(CommandContext context) => new Domain.Organisation.MoveStaffMember(OfficeId, context, UserId, NewTeamId);
    }

    public sealed class Validator : StreamRequestValidator<Command, OfficeCommand>
    {
        public Validator()
        {
            RuleFor(r => r.UserId).NotEmpty().MaximumLength(100).WithMessage("Die Benutzerkennung fehlt oder ist zu lang.");
            RuleFor(r => r.NewTeamId).NotEmpty().WithMessage("Das neue Team fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : OfficeCommandHandler<Command>(executor);
}
