using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Common;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Cases.Intake;

/// <summary>Issues a new status token (lost receipt); the old one stops working at once.</summary>
public static class ReissueStatusToken
{
    [Action("status-token", Summary = "Issues a new status token (lost receipt); the old one stops working at once")]
    public sealed record Command : CaseRequest
    {
        public override Verfahren.CaseCommand ToDomain(CommandContext context) =>
            throw new InvalidOperationException("ReissueStatusToken creates its token in the handler.");
    }

    public sealed class Validator : CaseRequestValidator<Command>;

    public sealed class Handler(CommandExecutor executor) : MediatR.IRequestHandler<Command, CommandResult>
    {
        public Task<CommandResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var token = StatusTokens.Create();
            return executor.ExecuteAsync(Aggregates.Case, request, (context, _, _, _) => Task.FromResult(new Prepared<Verfahren.CaseCommand>(
                new Verfahren.ReissueStatusToken(request.CaseId, context, StatusTokens.HashOf(token)!),
                new Dictionary<string, string> { [CommandResultKeys.StatusToken] = token })), cancellationToken);
        }
    }
}
