using System.Text.Json;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Views.Shared;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Backlog;

/// <summary>
/// GET /api/v1/backlog: open cases by team × step × title × age bucket. The age is computed now from the stored
/// date of receipt, so the buckets are right on any day; one pass over the summary index. The answer carries its
/// JSON, serialised once per computation, which the endpoint writes as it is. The rows (the whole cube) come with
/// a team filter, or office-wide with <c>rows=true</c>: office-wide they are large (about 35,000 rows, 4 MB, at a
/// million cases), and totals by team and age bucket are what an overview needs; <c>rows=false</c> leaves them out.
/// </summary>
public static class GetBacklogSummary
{
    public sealed record Query(string? TeamId, string? Rows = null) : IRequest<Answer>
    {
        /// <summary>Rows when asked, else only with a team filter.</summary>
        public bool WithRows => QueryParameters.Bool(Rows) ?? TeamId is not null;
    }

    /// <summary>
    /// The summary, and its JSON as the endpoint sends it, with and without the rows (each made on first use, then
    /// shared; the large one with the rows also gzip-compressed once for the clients that accept it).
    /// </summary>
    public sealed class Answer(Summary summary, JsonSerializerOptions json)
    {
        private readonly Lazy<PrecompressedJson> _full = new(() => new PrecompressedJson(JsonSerializer.SerializeToUtf8Bytes(summary, json)));
        private readonly Lazy<byte[]> _totals = new(() => JsonSerializer.SerializeToUtf8Bytes(summary with { Rows = null }, json));

        public Summary Summary { get; } = summary;

        /// <summary>The JSON with the rows, uncompressed.</summary>
        public byte[] Json => _full.Value.Json;

        public IResult ResultFor(bool withRows, HttpRequest request) =>
            withRows ? _full.Value.ResultFor(request) : Results.Bytes(_totals.Value, "application/json; charset=utf-8");
    }

    public sealed record Row(Guid TeamId, string Status, string TitleCode, string AgeBucket, int Count);

    public sealed record TeamTotal(Guid TeamId, int Total, IReadOnlyDictionary<string, int> ByAgeBucket);

    public sealed record Summary(
        DateOnly AsOf, Guid? TeamId, IReadOnlyList<AgeBuckets.Bucket> AgeBuckets, int TotalOpen,
        IReadOnlyDictionary<string, int> ByAgeBucket, IReadOnlyList<TeamTotal> ByTeam, IReadOnlyList<Row>? Rows);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.TeamId).IsGuid();
            RuleFor(q => q.Rows).IsBool();
        }
    }

    public sealed class Handler(
        NpgsqlDataSource database, TimeProvider clock, BacklogSummaryCache cache, CurrentActor current, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
        : IRequestHandler<Query, Answer>
    {
        public async Task<Answer> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = Today.Of(clock);
            var scope = await BacklogScope.ResolveAsync(database, current.Actor, QueryParameters.Guid(query.TeamId), cancellationToken);
            // Not the request's token: a shared computation must not be cancelled by the first caller going away.
            return await cache.GetAsync(today, scope, async () => new Answer(await ComputeAsync(today, scope, CancellationToken.None), json.Value.SerializerOptions));
        }

        private async Task<Summary> ComputeAsync(DateOnly today, BacklogScope scope, CancellationToken cancellationToken)
        {
            var cutoffs = AgeBuckets.Cutoffs.On(today);
            var (filter, values) = scope.Condition("team_id", 4);
            await using var command = Sql.Query(database, $"""
                SELECT team_id, status, title_code,
                    count(*) FILTER (WHERE received_on > $1),
                    count(*) FILTER (WHERE received_on <= $1 AND received_on > $2),
                    count(*) FILTER (WHERE received_on <= $2 AND received_on > $3),
                    count(*) FILTER (WHERE received_on <= $3)
                FROM {BacklogProjection.OpenCases}
                WHERE {filter}
                GROUP BY team_id, status, title_code
                ORDER BY team_id, status, title_code
                """, [cutoffs.TwoWeeks, cutoffs.SixWeeks, cutoffs.ThreeMonths, .. values]);
            var rows = new List<Row>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    for (var bucket = 0; bucket < AgeBuckets.All.Count; bucket++)
                    {
                        var count = (int)reader.GetInt64(3 + bucket);
                        if (count > 0)
                        {
                            rows.Add(new Row(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), AgeBuckets.All[bucket].Key, count));
                        }
                    }
                }
            }
            var byTeam = rows.GroupBy(r => r.TeamId)
                .Select(g => new TeamTotal(g.Key, g.Sum(r => r.Count), CountByBucket(g)))
                .ToList();
            return new Summary(today, scope.TeamId, AgeBuckets.All, rows.Sum(r => r.Count), CountByBucket(rows), byTeam, rows);
        }

        /// <summary>Every bucket is present, empty ones with 0, in the buckets' order.</summary>
        private static Dictionary<string, int> CountByBucket(IEnumerable<Row> rows)
        {
            var counts = AgeBuckets.All.ToDictionary(b => b.Key, _ => 0);
            foreach (var row in rows)
            {
                counts[row.AgeBucket] += row.Count;
            }
            return counts;
        }
    }

    public static void Map(RouteGroupBuilder backlog) =>
        backlog.MapGet("", async (string? teamId, string? rows, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var query = new Query(teamId, rows);
                return (await mediator.Send(query, ct)).ResultFor(query.WithRows, request);
            })
            .WithName("GetBacklogSummary")
            .WithSummary("Rückstände: offene Verfahren nach Team, Verfahrensstand, Titelart und Altersklasse (Alter ab Eingang, heute berechnet)")
            .Produces<Summary>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
}
