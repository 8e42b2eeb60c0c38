using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Api.Persons;

/// <summary>Records the language the person wants reminders and letters in (ISO 639-1).</summary>
public static class RecordPreferredLanguage
{
    [Action("preferred-language", Summary = "Records the language the person wants reminders and letters in (ISO 639-1)")]
    public sealed record Command : PersonRequest
    {
        public required string Language { get; init; }

        public override PersonCommand ToDomain(CommandContext context) => new Domain.Persons.RecordPreferredLanguage(PersonId, context, Language);
    }

    public sealed class Validator : StreamRequestValidator<Command, PersonCommand>
    {
        public Validator()
        {
            RuleFor(r => r.Language).NotEmpty().WithMessage("Die Sprache fehlt.").MaximumLength(2).WithMessage("Die Sprache ist als zweistelliger Code anzugeben (z. B. de, en, fa).");
        }
    }

    public sealed class Handler(CommandExecutor executor) : PersonCommandHandler<Command>(executor);
}
