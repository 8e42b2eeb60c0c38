using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Views.Shared;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Backlog;

/// <summary>
/// GET /api/v1/backlog/flow: per ISO week (Monday to Sunday, the current week so far) the cases received, decided
/// (granted or rejected) and handed over; per title the lead times in days (median and 90th percentile,
/// percentile_cont) from receipt to decision for decisions in the window, and from decision to handover for
/// handovers in the window.
/// </summary>
public static class GetBacklogFlow
{
    public const int DefaultWeeks = 12;
    public const int MaxWeeks = 104;

    public sealed record Query(string? TeamId, string? Weeks) : IRequest<Flow>;

    public sealed record Week(DateOnly WeekStart, int New, int Decided, int HandedOver);

    public sealed record LeadTime(int Count, double MedianDays, double P90Days);

    public sealed record TitleLeadTimes(string TitleCode, LeadTime? ReceivedToDecision, LeadTime? DecisionToHandover);

    public sealed record Flow(DateOnly AsOf, DateOnly From, DateOnly To, Guid? TeamId, IReadOnlyList<Week> Weeks, IReadOnlyList<TitleLeadTimes> LeadTimes);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.TeamId).IsGuid();
            RuleFor(q => q.Weeks).IsIntBetween(1, MaxWeeks);
        }
    }

    public sealed class Handler(NpgsqlDataSource database, TimeProvider clock, CurrentActor current) : IRequestHandler<Query, Flow>
    {
        public async Task<Flow> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = Today.Of(clock);
            var weeks = QueryParameters.Int(query.Weeks, DefaultWeeks);
            var from = Today.MondayOf(today).AddDays(-7 * (weeks - 1));
            var scope = await BacklogScope.ResolveAsync(database, current.Actor, QueryParameters.Guid(query.TeamId), cancellationToken);
            var (filter, scopeValues) = scope.Condition("team_id", 3);
            var teamFilter = $"AND {filter}";
            object[] values = [from, today, .. scopeValues];

            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var batch = new NpgsqlBatch(connection);
            foreach (var column in new[] { "received_on", "decided_on", "handed_over_on" })
            {
                batch.BatchCommands.Add(Sql.Command($"""
                    SELECT date_trunc('week', {column}::timestamp)::date, count(*) FROM {BacklogProjection.Flow}
                    WHERE {column} BETWEEN $1 AND $2 {teamFilter} GROUP BY 1
                    """, values));
            }
            foreach (var (end, start) in new[] { ("decided_on", "received_on"), ("handed_over_on", "decided_on") })
            {
                batch.BatchCommands.Add(Sql.Command($"""
                    SELECT title_code, count(*),
                        percentile_cont(0.5) WITHIN GROUP (ORDER BY {end} - {start}),
                        percentile_cont(0.9) WITHIN GROUP (ORDER BY {end} - {start})
                    FROM {BacklogProjection.Flow}
                    WHERE {end} BETWEEN $1 AND $2 AND {start} IS NOT NULL {teamFilter} GROUP BY title_code
                    """, values));
            }
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            var counts = new List<Dictionary<DateOnly, int>>();
            for (var i = 0; i < 3; i++)
            {
                var perWeek = new Dictionary<DateOnly, int>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    perWeek[reader.GetFieldValue<DateOnly>(0)] = (int)reader.GetInt64(1);
                }
                counts.Add(perWeek);
                await reader.NextResultAsync(cancellationToken);
            }
            var leadTimes = new List<Dictionary<string, LeadTime>>();
            for (var i = 0; i < 2; i++)
            {
                var perTitle = new Dictionary<string, LeadTime>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    perTitle[reader.GetString(0)] = new LeadTime((int)reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3));
                }
                leadTimes.Add(perTitle);
                await reader.NextResultAsync(cancellationToken);
            }
            var weekList = Enumerable.Range(0, weeks).Select(w => from.AddDays(7 * w))
                .Select(monday => new Week(monday, counts[0].GetValueOrDefault(monday), counts[1].GetValueOrDefault(monday), counts[2].GetValueOrDefault(monday)))
                .ToList();
            var titles = leadTimes[0].Keys.Union(leadTimes[1].Keys).Order(StringComparer.Ordinal)
                .Select(title => new TitleLeadTimes(title, leadTimes[0].GetValueOrDefault(title), leadTimes[1].GetValueOrDefault(title)))
                .ToList();
            return new Flow(today, from, today, scope.TeamId, weekList, titles);
        }
    }

    public static void Map(RouteGroupBuilder backlog) =>
        backlog.MapGet("/flow", async (string? teamId, string? weeks, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new Query(teamId, weeks), ct)))
            .WithName("GetBacklogFlow")
            .WithSummary("Durchsatz je Woche (neu, entschieden, ausgehändigt) und Laufzeiten je Titelart (Median, 90. Perzentil)")
            .Produces<Flow>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
}
