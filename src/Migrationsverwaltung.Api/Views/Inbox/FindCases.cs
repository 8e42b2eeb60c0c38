using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Views.Shared;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Inbox;

/// <summary>
/// GET /api/v1/cases/search: a case by its file number (any case, open or closed), or persons by name with their
/// cases. Caseworkers and team leads find their own team's cases only, auditors every case. The name search
/// returns names and birth dates: each answer is recorded in the access log with the persons and cases it showed.
/// </summary>
public static class FindCases
{
    public const int MaxPersons = 50;

    public sealed record Query(string? FileNumber, string? FamilyName, string? GivenNames) : IRequest<Result>;

    public sealed record FoundCase(Guid CaseId, string? FileNumber, CaseStatus Status, string TitleCode, DateOnly ReceivedOn, Guid TeamId, string? Caseworker, Guid PersonId);

    public sealed record FoundPerson(Guid PersonId, string? FamilyName, string? GivenNames, DateOnly? BirthDate, IReadOnlyList<FoundCase> Cases);

    public sealed record Result(IReadOnlyList<FoundCase> Cases, IReadOnlyList<FoundPerson> Persons);

    /// <summary>The name search as its own request, so the access log sees it (a file number answer holds no personal data).</summary>
    public sealed record ByName(string FamilyName, string? GivenNames) : IPersonalDataQuery<Result>
    {
        public IEnumerable<Guid> SubjectsOf(Result response) =>
            response.Persons.Select(p => p.PersonId).Concat(response.Persons.SelectMany(p => p.Cases).Select(c => c.CaseId));
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q).Must(q => (q.FileNumber is null) != (q.FamilyName is null))
                .WithName("fileNumber").WithMessage("Bitte entweder ein Aktenzeichen (fileNumber) oder einen Familiennamen (familyName) angeben.");
            RuleFor(q => q.FileNumber).Matches("^[A-Za-z0-9-]{1,40}$").WithMessage("Ein Aktenzeichen hat die Form ABH-2026-000123.");
            RuleFor(q => q.FamilyName).Must(n => n is null || (n.Length <= 100 && NameKey.Of(n) is not null)).WithMessage("Der Familienname fehlt oder ist länger als 100 Zeichen.");
            RuleFor(q => q.GivenNames).MaximumLength(100).WithMessage("Die Vornamen sind länger als 100 Zeichen.");
            RuleFor(q => q.GivenNames).Null().When(q => q.FamilyName is null).WithMessage("Vornamen nur zusammen mit dem Familiennamen.");
        }
    }

    public sealed class Handler(NpgsqlDataSource database, CurrentActor current, IMediator mediator) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            if (query.FamilyName is { } family)
            {
                return await mediator.Send(new ByName(family, query.GivenNames), cancellationToken);
            }
            var team = TeamScope.Of(current.Actor);
            await using var command = Sql.Query(database, $"""
                SELECT {CaseColumns} FROM {InboxProjection.Directory} WHERE file_number = $1 {(team is null ? "" : "AND team_id = $2")}
                """, [query.FileNumber!.ToUpperInvariant(), .. team is null ? Array.Empty<object>() : [team.Value]]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var cases = new List<FoundCase>();
            while (await reader.ReadAsync(cancellationToken))
            {
                cases.Add(ReadCase(reader));
            }
            return new Result(cases, []);
        }
    }

    public sealed class ByNameHandler(NpgsqlDataSource database, CurrentActor current) : IRequestHandler<ByName, Result>
    {
        public async Task<Result> Handle(ByName query, CancellationToken cancellationToken)
        {
            var team = TeamScope.Of(current.Actor);
            // A prefix of the given names; LIKE's own wildcards in the input match themselves.
            var given = NameKey.Of(query.GivenNames)?.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
            await using var command = Sql.Query(database, $"""
                SELECT n.person_id, n.family_name, n.given_names, n.birth_date, {string.Join(", ", CaseColumns.Split(", ").Select(c => "d." + c))}
                FROM (SELECT * FROM {InboxProjection.Names} WHERE family_key = $1 {(given is null ? "" : "AND given_key LIKE $3 || '%'")}
                      ORDER BY person_id LIMIT {MaxPersons}) n
                JOIN {InboxProjection.Directory} d ON d.person_id = n.person_id {(team is null ? "" : "AND d.team_id = $2")}
                ORDER BY n.family_key, n.given_key, n.person_id, d.received_on DESC
                """, NameKey.Of(query.FamilyName)!, Sql.Uuid(team), Sql.Text(given));
            var persons = new List<FoundPerson>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var found = ReadCase(reader, offset: 4);
                if (persons.Count == 0 || persons[^1].PersonId != found.PersonId)
                {
                    persons.Add(new FoundPerson(found.PersonId, reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                        reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3), []));
                }
                persons[^1] = persons[^1] with { Cases = [.. persons[^1].Cases, found] };
            }
            return new Result([], persons);
        }
    }

    private const string CaseColumns = "case_id, file_number, status, title_code, received_on, team_id, caseworker, person_id";

    private static FoundCase ReadCase(NpgsqlDataReader reader, int offset = 0) => new(
        reader.GetGuid(offset), reader.IsDBNull(offset + 1) ? null : reader.GetString(offset + 1), Enum.Parse<CaseStatus>(reader.GetString(offset + 2)),
        reader.GetString(offset + 3), reader.GetFieldValue<DateOnly>(offset + 4), reader.GetGuid(offset + 5),
        reader.IsDBNull(offset + 6) ? null : reader.GetString(offset + 6), reader.GetGuid(offset + 7));

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/cases/search", async (string? fileNumber, string? familyName, string? givenNames, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(new Query(fileNumber, familyName, givenNames), ct)))
            .WithTags("Verfahren").WithName("FindCases").RequireRoles(Role.Sachbearbeitung, Role.Teamleitung, Role.Revision)
            .WithSummary("Verfahren nach Aktenzeichen oder Personen nach Namen finden (Namenssuche wird im Zugriffsprotokoll vermerkt)")
            .Produces<Result>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
}

/// <summary>Which team's cases the actor may see: their own (caseworkers, team leads), all (auditors); others none.</summary>
public static class TeamScope
{
    public static Guid? Of(Actor actor) => actor.Role switch
    {
        Role.Sachbearbeitung or Role.Teamleitung => actor.TeamId,
        Role.Revision => null,
        _ => throw new ForbiddenException($"Die Rolle {actor.Role} sieht keine Verfahren."),
    };
}
