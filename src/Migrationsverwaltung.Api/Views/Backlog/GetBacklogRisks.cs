using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Views.Shared;
using Migrationsverwaltung.Domain.Deadlines;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Backlog;

/// <summary>
/// GET /api/v1/backlog/risks: per risk the number of open cases at risk today and the most urgent of them
/// (earliest last day first) with case id and file number, for links to the case.
/// </summary>
public static class GetBacklogRisks
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public sealed record Query(string? TeamId, string? Limit) : IRequest<Risks>;

    public sealed record RiskCase(
        Guid CaseId, string? FileNumber, Guid TeamId, string? Caseworker, string Status, string TitleCode, DateOnly ReceivedOn,
        DateOnly LastDay, DeadlineState State);

    public sealed record RiskList(string Key, DeadlineKind DeadlineKind, string Label, string ListedFrom, int Total, int Overdue, IReadOnlyList<RiskCase> Cases);

    public sealed record Risks(DateOnly AsOf, Guid? TeamId, IReadOnlyList<RiskList> Lists);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.TeamId).IsGuid();
            RuleFor(q => q.Limit).IsIntBetween(1, MaxLimit);
        }
    }

    public sealed class Handler(NpgsqlDataSource database, TimeProvider clock, CurrentActor current) : IRequestHandler<Query, Risks>
    {
        public async Task<Risks> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = Today.Of(clock);
            var scope = await BacklogScope.ResolveAsync(database, current.Actor, QueryParameters.Guid(query.TeamId), cancellationToken);
            var (filter, scopeValues) = scope.Condition("c.team_id", 3);
            var limit = QueryParameters.Int(query.Limit, DefaultLimit);
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var batch = new NpgsqlBatch(connection);
            foreach (var risk in RiskKinds.All)
            {
                var where = $"""
                    d.kind = $1 AND {(risk.FromWarning ? "d.warning_from <= $2" : "d.last_day < $2")} AND {filter}
                    """;
                object[] values = [risk.Deadline.ToString(), today, .. scopeValues];
                batch.BatchCommands.Add(Sql.Command($"""
                    SELECT count(*), count(*) FILTER (WHERE d.last_day < $2)
                    FROM {BacklogProjection.Deadlines} d JOIN {BacklogProjection.OpenCases} c USING (case_id) WHERE {where}
                    """, values));
                batch.BatchCommands.Add(Sql.Command($"""
                    SELECT c.case_id, c.file_number, c.team_id, c.caseworker, c.status, c.title_code, c.received_on, d.warning_from, d.last_day
                    FROM {BacklogProjection.Deadlines} d JOIN {BacklogProjection.OpenCases} c USING (case_id) WHERE {where}
                    ORDER BY d.last_day, d.case_id LIMIT {limit}
                    """, values));
            }
            var lists = new List<RiskList>();
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            foreach (var risk in RiskKinds.All)
            {
                await reader.ReadAsync(cancellationToken);
                var (total, overdue) = ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
                await reader.NextResultAsync(cancellationToken);
                var cases = new List<RiskCase>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    var lastDay = reader.GetFieldValue<DateOnly>(8);
                    cases.Add(new RiskCase(reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetGuid(2),
                        reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetFieldValue<DateOnly>(6),
                        lastDay, OpenDeadlines.StateOn(reader.GetFieldValue<DateOnly>(7), lastDay, today)));
                }
                await reader.NextResultAsync(cancellationToken);
                lists.Add(new RiskList(risk.Key, risk.Deadline, risk.Label, risk.FromWarning ? "warning" : "overdue", total, overdue, cases));
            }
            return new Risks(today, scope.TeamId, lists);
        }
    }

    public static void Map(RouteGroupBuilder backlog) =>
        backlog.MapGet("/risks", async (string? teamId, string? limit, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new Query(teamId, limit), ct)))
            .WithName("GetBacklogRisks")
            .WithSummary("Risikolisten: Untätigkeitsklage, BA-Zustimmungsfiktion, Unterlagen/Anhörung überfällig, eAT überfällig/nicht abgeholt, Fiktionsbescheinigung läuft ab")
            .Produces<Risks>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
}
