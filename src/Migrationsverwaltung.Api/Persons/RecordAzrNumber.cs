using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Api.Persons;

/// <summary>Records the AZR number.</summary>
public static class RecordAzrNumber
{
    [Action("azr-number", Summary = "Records the AZR number")]
    public sealed record Command : PersonRequest
    {
        public required string AzrNumber { get; init; }

        public override PersonCommand ToDomain(CommandContext context) => new Domain.Persons.RecordAzrNumber(PersonId, context, AzrNumber);
    }

    public sealed class Validator : StreamRequestValidator<Command, PersonCommand>
    {
        public Validator()
        {
            RuleFor(r => r.AzrNumber).NotEmpty().MaximumLength(20).WithMessage("Die AZR-Nummer fehlt oder ist zu lang.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : PersonCommandHandler<Command>(executor);
}
