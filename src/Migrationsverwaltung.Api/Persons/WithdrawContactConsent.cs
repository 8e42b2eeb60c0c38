using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Api.Persons;

/// <summary>Records the withdrawal of a contact consent.</summary>
public static class WithdrawContactConsent
{
    [Action("contact-consent-withdrawals", Summary = "Records the withdrawal of a contact consent")]
    public sealed record Command : PersonRequest
    {
        public required ContactChannel Channel { get; init; }

        public override PersonCommand ToDomain(CommandContext context) => new Domain.Persons.WithdrawContactConsent(PersonId, context, Channel);
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
