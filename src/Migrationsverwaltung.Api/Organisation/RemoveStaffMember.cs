using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Organisation;

namespace Migrationsverwaltung.Api.Organisation;

/// <summary>Records that a staff member left (reason required).</summary>
public static class RemoveStaffMember
{
    [Action("staff-departures", Summary = "Records that a staff member left (reason required)")]
    public sealed record Command : OfficeRequest
    {
        public required string UserId { get; init; }

        public override OfficeCommand ToDomain(CommandContext context) => new Domain.Organisation.RemoveStaffMember(OfficeId, context, UserId);
    }

    public sealed class Validator : StreamRequestValidator<Command, OfficeCommand>
    {
        public Validator()
        {
            RuleFor(r => r.UserId).NotEmpty().MaximumLength(100).WithMessage("Die Benutzerkennung fehlt oder ist zu lang.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : OfficeCommandHandler<Command>(executor);
}
