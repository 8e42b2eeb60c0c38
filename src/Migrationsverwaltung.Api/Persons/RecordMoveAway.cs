using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Api.Persons;

/// <summary>Records the move to another office (the record becomes restricted).</summary>
public static class RecordMoveAway
{
    [Action("move-away", Summary = "Records the move to another office (the record becomes restricted)")]
    public sealed record Command : PersonRequest
    {
        public required string NewOfficeCode { get; init; }

        public override PersonCommand ToDomain(CommandContext context) => new Domain.Persons.RecordMoveAway(PersonId, context, NewOfficeCode);
    }

    public sealed class Validator : StreamRequestValidator<Command, PersonCommand>
    {
        public Validator()
        {
            RuleFor(r => r.NewOfficeCode).NotEmpty().Matches("^[0-9]{8}$").WithMessage("Der Behördenschlüssel der neuen Behörde hat 8 Ziffern.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : PersonCommandHandler<Command>(executor);
}
