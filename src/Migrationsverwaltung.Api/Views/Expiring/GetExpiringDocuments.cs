using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Views.Shared;
using Migrationsverwaltung.Domain.Common;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Expiring;

/// <summary>
/// GET /api/v1/persons/expiring?weeks=N: persons whose current title or passport expires from today up to N weeks
/// ahead and who have no open case — the basis for reminders (§ 81(4): apply before the title runs out).
/// Restricted records (moved away, died, naturalised) are left out. Earliest expiry first. The list tells about
/// persons: each answer is in the access log.
/// </summary>
public static class GetExpiringDocuments
{
    public const int DefaultWeeks = 12;
    public const int MaxWeeks = 104;
    public const int DefaultLimit = 200;
    public const int MaxLimit = 1000;

    public sealed record Query(string? Weeks, string? Limit) : IPersonalDataQuery<Expiring>
    {
        public IEnumerable<Guid> SubjectsOf(Expiring response) => response.Persons.Select(p => p.PersonId);
    }

    public sealed record ExpiringPerson(Guid PersonId, DateOnly ExpiresOn, string? TitleCode, DateOnly? TitleValidUntil, DateOnly? PassportValidUntil);

    public sealed record Expiring(DateOnly AsOf, DateOnly Until, int Weeks, int Total, IReadOnlyList<ExpiringPerson> Persons);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Weeks).IsIntBetween(1, MaxWeeks);
            RuleFor(q => q.Limit).IsIntBetween(1, MaxLimit);
        }
    }

    public sealed class Handler(NpgsqlDataSource database, TimeProvider clock) : IRequestHandler<Query, Expiring>
    {
        public async Task<Expiring> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = Today.Of(clock);
            var weeks = QueryParameters.Int(query.Weeks, DefaultWeeks);
            var limit = QueryParameters.Int(query.Limit, DefaultLimit);
            var until = today.AddDays(7 * weeks);
            const string Candidates = $"""
                FROM {ExpiringDocumentsProjection.Persons} p
                WHERE NOT p.restricted
                  AND (p.title_valid_until BETWEEN $1 AND $2 OR p.passport_valid_until BETWEEN $1 AND $2)
                  AND NOT EXISTS (SELECT 1 FROM {ExpiringDocumentsProjection.OpenCases} c WHERE c.person_id = p.person_id)
                """;
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var batch = new NpgsqlBatch(connection);
            batch.BatchCommands.Add(Sql.Command($"SELECT count(*) {Candidates}", today, until));
            batch.BatchCommands.Add(Sql.Command($"""
                SELECT p.person_id, least(CASE WHEN p.title_valid_until BETWEEN $1 AND $2 THEN p.title_valid_until END,
                                          CASE WHEN p.passport_valid_until BETWEEN $1 AND $2 THEN p.passport_valid_until END) AS expires_on,
                       p.title_code, p.title_valid_until, p.passport_valid_until
                {Candidates}
                ORDER BY expires_on, p.person_id LIMIT {limit}
                """, today, until));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var total = (int)reader.GetInt64(0);
            await reader.NextResultAsync(cancellationToken);
            var persons = new List<ExpiringPerson>();
            while (await reader.ReadAsync(cancellationToken))
            {
                persons.Add(new ExpiringPerson(reader.GetGuid(0), reader.GetFieldValue<DateOnly>(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3), reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4)));
            }
            return new Expiring(today, until, weeks, total, persons);
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/persons/expiring", async (string? weeks, string? limit, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(new Query(weeks, limit), ct)))
            .WithTags("Personen").WithName("GetExpiringDocuments").RequireRoles(Role.Sachbearbeitung, Role.Teamleitung, Role.Revision)
            .WithSummary("Titel oder Pass laufen in N Wochen ab, kein offenes Verfahren: Grundlage für Erinnerungen")
            .Produces<Expiring>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
}
