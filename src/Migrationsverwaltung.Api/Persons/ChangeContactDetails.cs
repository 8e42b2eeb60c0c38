using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Api.Persons;

/// <summary>Changes e-mail and phone.</summary>
public static class ChangeContactDetails
{
    [Action("contact-details", Summary = "Changes e-mail and phone")]
    public sealed record Command : PersonRequest
    {
        public string? Email { get; init; }
        public string? Phone { get; init; }

        public override PersonCommand ToDomain(CommandContext context) => new Domain.Persons.ChangeContactDetails(PersonId, context, Email, Phone);
    }

    public sealed class Validator : StreamRequestValidator<Command, PersonCommand>
    {
        public Validator()
        {
            RuleFor(r => r.Email).MaximumLength(254).WithMessage("Die E-Mail-Adresse ist zu lang.");
            RuleFor(r => r.Phone).MaximumLength(40).WithMessage("Die Telefonnummer ist zu lang.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : PersonCommandHandler<Command>(executor);
}
