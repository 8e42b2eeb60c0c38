using System.Globalization;
using MediatR;
using Migrationsverwaltung.Api.Views.Backlog;

namespace Migrationsverwaltung.Api.Views.Dashboard;

/// <summary>
/// What the dashboard shows: the answers of the backlog endpoints' own queries, sent through the same pipeline
/// (validation included), so the page and GET /api/v1/backlog[/risks|/workload|/flow] can never disagree.
/// </summary>
internal sealed record DashboardData(
    GetBacklogSummary.Summary Summary, GetBacklogFlow.Flow Flow, GetBacklogRisks.Risks Risks, GetBacklogWorkload.Workload Workload,
    GetBacklogServiceStandard.Standard ServiceStandard, IReadOnlyDictionary<Guid, string>? TeamNames = null)
{
    /// <summary>Cases listed per risk on the page; the totals count all of them.</summary>
    public const int CasesPerRisk = 20;

    public static async Task<DashboardData> LoadAsync(IMediator mediator, Npgsql.NpgsqlDataSource database, string? teamId, CancellationToken cancellationToken)
    {
        var summary = (await mediator.Send(new GetBacklogSummary.Query(teamId), cancellationToken)).Summary;
        var flow = await mediator.Send(new GetBacklogFlow.Query(teamId, null), cancellationToken);
        var risks = await mediator.Send(new GetBacklogRisks.Query(teamId, CasesPerRisk.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        var workload = await mediator.Send(new GetBacklogWorkload.Query(teamId), cancellationToken);
        var serviceStandard = await mediator.Send(new GetBacklogServiceStandard.Query(teamId, null), cancellationToken);
        return new DashboardData(summary, flow, risks, workload, serviceStandard, await Teams.TeamNames.LoadAsync(database, cancellationToken));
    }

    /// <summary>
    /// The team's name as formed; "Team 1", "Team 2", … (in the summary's order, by id) for a team without a recorded
    /// name. Teams without open cases follow from the other lists.
    /// </summary>
    public IReadOnlyDictionary<Guid, string> TeamLabels()
    {
        var ids = Summary.ByTeam.Select(t => t.TeamId)
            .Concat(Workload.Caseworkers.Select(c => c.TeamId))
            .Concat(Risks.Lists.SelectMany(l => l.Cases).Select(c => c.TeamId))
            .Distinct().ToList();
        return ids.Select((id, index) => (id, index)).ToDictionary(t => t.id, t => TeamNames?.GetValueOrDefault(t.id) ?? $"Team {t.index + 1}");
    }
}
