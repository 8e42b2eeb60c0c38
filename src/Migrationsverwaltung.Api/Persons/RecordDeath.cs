using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Api.Persons;

/// <summary>Records the death (the record becomes restricted).</summary>
public static class RecordDeath
{
    [Action("death", Summary = "Records the death (the record becomes restricted)")]
    public sealed record Command : PersonRequest
    {
        public required DateOnly DiedOn { get; init; }

        public override PersonCommand ToDomain(CommandContext context) => new Domain.Persons.RecordDeath(PersonId, context, DiedOn);
    }

    public sealed class Validator : StreamRequestValidator<Command, PersonCommand>
    {
        public Validator()
        {
            RuleFor(r => r.DiedOn).NotEqual(default(DateOnly)).WithMessage("Das Sterbedatum fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : PersonCommandHandler<Command>(executor);
}
