using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Views.Shared;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Backlog;

/// <summary>
/// GET /api/v1/backlog/workload: per caseworker (null = the team's unassigned pool) the open cases, those with a
/// timer ending this week (today to Sunday) and those with a timer already overdue.
/// </summary>
public static class GetBacklogWorkload
{
    public sealed record Query(string? TeamId) : IRequest<Workload>;

    public sealed record CaseworkerLoad(Guid TeamId, string? Caseworker, int Open, int DueThisWeek, int Overdue);

    public sealed record Workload(DateOnly AsOf, DateOnly WeekEndsOn, Guid? TeamId, IReadOnlyList<CaseworkerLoad> Caseworkers);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.TeamId).IsGuid();
    }

    public sealed class Handler(NpgsqlDataSource database, TimeProvider clock, CurrentActor current) : IRequestHandler<Query, Workload>
    {
        public async Task<Workload> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = Today.Of(clock);
            var sunday = Today.MondayOf(today).AddDays(6);
            var scope = await BacklogScope.ResolveAsync(database, current.Actor, QueryParameters.Guid(query.TeamId), cancellationToken);
            var (filter, values) = scope.Condition("c.team_id", 3);
            await using var command = Sql.Query(database, $"""
                SELECT c.team_id, c.caseworker, count(*), count(*) FILTER (WHERE d.due_this_week), count(*) FILTER (WHERE d.overdue)
                FROM {BacklogProjection.OpenCases} c
                LEFT JOIN (SELECT case_id, bool_or(last_day BETWEEN $1 AND $2) AS due_this_week, bool_or(last_day < $1) AS overdue
                           FROM {BacklogProjection.Deadlines} GROUP BY case_id) d USING (case_id)
                WHERE {filter}
                GROUP BY c.team_id, c.caseworker
                ORDER BY c.team_id, c.caseworker NULLS FIRST
                """, [today, sunday, .. values]);
            var loads = new List<CaseworkerLoad>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                loads.Add(new CaseworkerLoad(reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                    (int)reader.GetInt64(2), (int)reader.GetInt64(3), (int)reader.GetInt64(4)));
            }
            return new Workload(today, sunday, scope.TeamId, loads);
        }
    }

    public static void Map(RouteGroupBuilder backlog) =>
        backlog.MapGet("/workload", async (string? teamId, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new Query(teamId), ct)))
            .WithName("GetBacklogWorkload")
            .WithSummary("Arbeitslast je Sachbearbeitung: offen, diese Woche fällig, überfällig")
            .Produces<Workload>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
}
