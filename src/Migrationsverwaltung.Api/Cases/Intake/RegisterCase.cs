using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
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
    [Action("registration", Summary = "Registers a received application: next file number of the office and year, new status token")]
    public sealed record Command : CaseRequest
    {
        public override Verfahren.CaseCommand ToDomain(CommandContext context) =>
            throw new InvalidOperationException("RegisterCase allocates its number in the handler.");
    }

    public sealed class Validator : CaseRequestValidator<Command>;

    /// <summary>The prefix comes from the office's own stream (EstablishOffice, <see cref="OfficePrefixes"/>), read before the number is taken.</summary>
    public sealed class Handler(CommandExecutor executor, OfficePrefixes offices) : MediatR.IRequestHandler<Command, CommandResult>
    {
        public Task<CommandResult> Handle(Command request, CancellationToken cancellationToken) =>
            executor.ExecuteAsync(Aggregates.Case, request, async (context, state, session, ct) =>
            {
                if (state.Status != Verfahren.CaseStatus.Received)
                {
                    // Let the transition table say why, without spending a number.
                    return new Prepared<Verfahren.CaseCommand>(new Verfahren.RegisterCase(request.CaseId, context, "", ""));
                }
                var prefix = await offices.OfPrefixAsync(state.OfficeId, ct)
                             ?? throw new RuleViolation("Die Behörde dieses Verfahrens ist nicht angelegt; ohne sie gibt es kein Aktenzeichen.");
                var year = BerlinTime.DateOf(context.Now).Year;
                var fileNumber = await FileNumbers.NextAsync(session.Connection, state.OfficeId, prefix, year, ct);
                var token = StatusTokens.Create();
                return new Prepared<Verfahren.CaseCommand>(
                    new Verfahren.RegisterCase(request.CaseId, context, fileNumber, StatusTokens.HashOf(token)!),
                    new Dictionary<string, string> { [CommandResultKeys.FileNumber] = fileNumber, [CommandResultKeys.StatusToken] = token });
            }, cancellationToken);
    }
}
