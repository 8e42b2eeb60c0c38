using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Api.Persons;

/// <summary>Corrects the name (reason required).</summary>
public static class CorrectName
{
    [Action("name-corrections", Summary = "Corrects the name (reason required)")]
    public sealed record Command : PersonRequest
    {
        public required string FamilyName { get; init; }
        public string? GivenNames { get; init; }
        public string? FormerNames { get; init; }

        public override PersonCommand ToDomain(CommandContext context) => new Domain.Persons.CorrectName(PersonId, context, FamilyName, GivenNames, FormerNames);
    }

    public sealed class Validator : StreamRequestValidator<Command, PersonCommand>
    {
        public Validator()
        {
            RuleFor(r => r.FamilyName).NotEmpty().MaximumLength(200).WithMessage("Der Familienname fehlt oder ist zu lang.");
            RuleFor(r => r.GivenNames).MaximumLength(200).WithMessage("Die Vornamen sind zu lang.");
            RuleFor(r => r.FormerNames).MaximumLength(200).WithMessage("Die früheren Namen sind zu lang.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : PersonCommandHandler<Command>(executor);
}
