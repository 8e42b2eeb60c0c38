using FluentValidation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Intake;

/// <summary>
/// Registers a received application: the next file number of the office and year (e.g. ABH-2026-000123) and a
/// new status token for the receipt. The token is returned once and never stored, only its hash.
/// </summary>
public static class RegisterCase
{
    public sealed record Command : CaseRequest
    {
        /// <summary>Prefix of the office's file numbers; the organisation's office record provides it.</summary>
        public string FilePrefix { get; init; } = "ABH";

        public override Verfahren.CaseCommand ToDomain(CommandContext context) =>
            throw new InvalidOperationException("RegisterCase allocates its number in the handler.");
    }

    public sealed class Validator : CaseRequestValidator<Command>
    {
        public Validator() =>
            RuleFor(r => r.FilePrefix).Matches("^[A-Z]{2,10}$").WithMessage("Das Aktenzeichen-Präfix besteht aus 2 bis 10 Großbuchstaben.");
    }

    public sealed class Handler(CommandExecutor executor) : MediatR.IRequestHandler<Command, CommandResult>
    {
        public Task<CommandResult> Handle(Command request, CancellationToken cancellationToken) =>
            executor.ExecuteAsync(Aggregates.Case, request, async (context, state, session, ct) =>
            {
                if (state.Status != Verfahren.CaseStatus.Received)
                {
                    // Let the transition table say why, without spending a number.
                    return new Prepared<Verfahren.CaseCommand>(new Verfahren.RegisterCase(request.CaseId, context, "", ""));
                }
                var year = BerlinTime.DateOf(context.Now).Year;
                var fileNumber = await FileNumbers.NextAsync(session.Connection, state.OfficeId, request.FilePrefix, year, ct);
                var token = StatusTokens.Create();
                return new Prepared<Verfahren.CaseCommand>(
                    new Verfahren.RegisterCase(request.CaseId, context, fileNumber, StatusTokens.HashOf(token)!),
                    new Dictionary<string, string> { [CommandResultKeys.FileNumber] = fileNumber, [CommandResultKeys.StatusToken] = token });
            }, cancellationToken);
    }
}
