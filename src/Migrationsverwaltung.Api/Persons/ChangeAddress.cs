using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Api.Persons;

/// <summary>Records a new address.</summary>
public static class ChangeAddress
{
    [Action("address", Summary = "Records a new address")]
    public sealed record Command : PersonRequest
    {
        public required Address NewAddress { get; init; }

        public override PersonCommand ToDomain(CommandContext context) => new Domain.Persons.ChangeAddress(PersonId, context, NewAddress);
    }

    public sealed class Validator : StreamRequestValidator<Command, PersonCommand>
    {
        public Validator()
        {
            RuleFor(r => r.NewAddress).NotNull().WithMessage("Die Anschrift fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : PersonCommandHandler<Command>(executor);
}
