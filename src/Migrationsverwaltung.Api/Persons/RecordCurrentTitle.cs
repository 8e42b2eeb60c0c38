using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Api.Persons;

/// <summary>Records the current residence title.</summary>
public static class RecordCurrentTitle
{
    [Action("current-title", Summary = "Records the current residence title")]
    public sealed record Command : PersonRequest
    {
        public required string TitleCode { get; init; }
        public DateOnly? ValidUntil { get; init; }

        public override PersonCommand ToDomain(CommandContext context) => new Domain.Persons.RecordCurrentTitle(PersonId, context, TitleCode, ValidUntil);
    }

    public sealed class Validator : StreamRequestValidator<Command, PersonCommand>
    {
        public Validator()
        {
            RuleFor(r => r.TitleCode).NotEmpty().MaximumLength(60).WithMessage("Die Titelart fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : PersonCommandHandler<Command>(executor);
}
