using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Api.Persons;

/// <summary>Registers an applicant (names, birth data, nationality, address; contact data optional).</summary>
public static class RegisterPerson
{
    [Action("", Creates = true, Summary = "Registers an applicant (names, birth data, nationality, address; contact data optional)")]
    public sealed record Command : PersonRequest
    {
        public required Guid OfficeId { get; init; }
        public required string FamilyName { get; init; }
        public string? GivenNames { get; init; }
        public string? FormerNames { get; init; }
        public required DateOnly BirthDate { get; init; }
        public required string BirthPlace { get; init; }
        public required Sex Sex { get; init; }
        public required string Nationality { get; init; }
        public required Address Address { get; init; }
        public string? Email { get; init; }
        public string? Phone { get; init; }
        public string? AzrNumber { get; init; }

        public override PersonCommand ToDomain(CommandContext context) => new Domain.Persons.RegisterPerson(PersonId, context, OfficeId, FamilyName, GivenNames, FormerNames, BirthDate, BirthPlace, Sex, Nationality, Address, Email, Phone, AzrNumber);
    }

    public sealed class Validator : StreamRequestValidator<Command, PersonCommand>
    {
        public Validator()
        {
            RuleFor(r => r.OfficeId).NotEmpty().WithMessage("Die Behörde fehlt.");
            RuleFor(r => r.FamilyName).NotEmpty().MaximumLength(200).WithMessage("Der Familienname fehlt oder ist zu lang.");
            RuleFor(r => r.GivenNames).MaximumLength(200).WithMessage("Die Vornamen sind zu lang.");
            RuleFor(r => r.FormerNames).MaximumLength(200).WithMessage("Die früheren Namen sind zu lang.");
            RuleFor(r => r.BirthDate).NotEqual(default(DateOnly)).WithMessage("Das Geburtsdatum fehlt.");
            RuleFor(r => r.BirthPlace).NotEmpty().MaximumLength(200).WithMessage("Der Geburtsort fehlt oder ist zu lang.");
            RuleFor(r => r.Sex).IsInEnum().WithMessage("Unbekannte Angabe zum Geschlecht.");
            RuleFor(r => r.Nationality).Matches("^[A-Z]{3}$").WithMessage("Die Staatsangehörigkeit ist ein ISO-3166-Alpha-3-Code (z. B. SYR).");
            RuleFor(r => r.Address).NotNull().WithMessage("Die Anschrift fehlt.");
            RuleFor(r => r.Email).MaximumLength(254).WithMessage("Die E-Mail-Adresse ist zu lang.");
            RuleFor(r => r.Phone).MaximumLength(40).WithMessage("Die Telefonnummer ist zu lang.");
            RuleFor(r => r.AzrNumber).MaximumLength(20).WithMessage("Die AZR-Nummer ist zu lang.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : PersonCommandHandler<Command>(executor);
}
