using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Api.Persons;

/// <summary>Records the passport (number, issuing state, valid until).</summary>
public static class RecordPassport
{
    [Action("passport", Summary = "Records the passport (number, issuing state, valid until)")]
    public sealed record Command : PersonRequest
    {
        public required string Number { get; init; }
        public required string IssuingState { get; init; }
        public required DateOnly ValidUntil { get; init; }

        public override PersonCommand ToDomain(CommandContext context) => new Domain.Persons.RecordPassport(PersonId, context, Number, IssuingState, ValidUntil);
    }

    public sealed class Validator : StreamRequestValidator<Command, PersonCommand>
    {
        public Validator()
        {
            RuleFor(r => r.Number).NotEmpty().MaximumLength(30).WithMessage("Die Passnummer fehlt oder ist zu lang.");
            RuleFor(r => r.IssuingState).Matches("^[A-Z]{3}$").WithMessage("Der ausstellende Staat ist ein ISO-3166-Alpha-3-Code.");
            RuleFor(r => r.ValidUntil).NotEqual(default(DateOnly)).WithMessage("Die Gültigkeit fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : PersonCommandHandler<Command>(executor);
}
