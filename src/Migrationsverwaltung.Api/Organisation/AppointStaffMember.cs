using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Organisation;

namespace Migrationsverwaltung.Api.Organisation;

/// <summary>Appoints a staff member in a role and team.</summary>
public static class AppointStaffMember
{
    [Action("staff", Summary = "Appoints a staff member in a role and team")]
    public sealed record Command : OfficeRequest
    {
        public required string UserId { get; init; }
        public required Role Role { get; init; }
        public Guid? TeamId { get; init; }

        public override OfficeCommand ToDomain(CommandContext context) => new Domain.Organisation.AppointStaffMember(OfficeId, context, UserId, Role, TeamId);
    }

    public sealed class Validator : StreamRequestValidator<Command, OfficeCommand>
    {
        public Validator()
        {
            RuleFor(r => r.UserId).NotEmpty().MaximumLength(100).WithMessage("Die Benutzerkennung fehlt oder ist zu lang.");
            RuleFor(r => r.Role).IsInEnum().WithMessage("Unbekannte Rolle.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : OfficeCommandHandler<Command>(executor);
}
