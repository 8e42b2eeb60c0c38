using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Api.Persons;

/// <summary>Records the naturalisation (the record becomes restricted).</summary>
public static class RecordNaturalisation
{
    [Action("naturalisation", Summary = "Records the naturalisation (the record becomes restricted)")]
    public sealed record Command : PersonRequest
    {
        public required DateOnly NaturalisedOn { get; init; }

        public override PersonCommand ToDomain(CommandContext context) => new Domain.Persons.RecordNaturalisation(PersonId, context, NaturalisedOn);
    }

    public sealed class Validator : StreamRequestValidator<Command, PersonCommand>
    {
        public Validator()
        {
            RuleFor(r => r.NaturalisedOn).NotEqual(default(DateOnly)).WithMessage("Das Datum der Einbürgerung fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : PersonCommandHandler<Command>(executor);
}
