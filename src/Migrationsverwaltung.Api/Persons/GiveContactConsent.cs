using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Api.Persons;

/// <summary>Records consent to be contacted on a channel (reminders need it).</summary>
public static class GiveContactConsent
{
    [Action("contact-consents", Summary = "Records consent to be contacted on a channel (reminders need it)")]
    public sealed record Command : PersonRequest
    {
        public required ContactChannel Channel { get; init; }

        public override PersonCommand ToDomain(CommandContext context) => new Domain.Persons.GiveContactConsent(PersonId, context, Channel);
    }

    public sealed class Validator : StreamRequestValidator<Command, PersonCommand>
    {
        public Validator()
        {
            RuleFor(r => r.Channel).IsInEnum().WithMessage("Unbekannter Kontaktweg.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : PersonCommandHandler<Command>(executor);
}
