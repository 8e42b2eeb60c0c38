using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Lifecycle;

/// <summary>Assigns or reassigns the case (reason required when reassigning).</summary>
public static class AssignCase
{
    [Action("assignment", Summary = "Assigns or reassigns the case (reason required when reassigning)")]
    public sealed record Command : CaseRequest
    {
        public string? Caseworker { get; init; }
        public required Guid TeamId { get; init; }

        public override Verfahren.CaseCommand ToDomain(CommandContext context) => new Verfahren.AssignCase(CaseId, context, Caseworker, TeamId);
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator()
        {
            RuleFor(r => r.Caseworker).Matches("^[A-Za-z0-9._@-]{1,100}$").When(r => r.Caseworker is not null).WithMessage("Die Benutzerkennung besteht aus höchstens 100 Buchstaben, Ziffern und . _ @ -.");
            RuleFor(r => r.TeamId).NotEmpty().WithMessage("Das Team fehlt.");
        }
    }

    public sealed class Handler(CommandExecutor executor) : CaseCommandHandler<Command>(executor);
}
