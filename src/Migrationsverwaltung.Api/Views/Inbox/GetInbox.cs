using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Views.Shared;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Deadlines;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Inbox;

/// <summary>
/// GET /api/v1/inbox: my open cases and my team's unassigned ones, most urgent first (earliest last day of a
/// running timer; overdue ones on top; cases without a timer last), in keyset pages. Filters: step, title,
/// deadline state today, date of receipt. No names: the list holds no personal data.
/// </summary>
public static class GetInbox
{
    public const int DefaultLimit = 25;
    public const int MaxLimit = 100;

    public static class Scopes
    {
        public const string All = "all";
        public const string Mine = "mine";
        public const string Pool = "pool";
        public static readonly IReadOnlyList<string> Values = [All, Mine, Pool];
    }

    public sealed record Query(
        string? Scope, string[] Status, string? TitleCode, string? DeadlineState, string? ReceivedFrom, string? ReceivedTo,
        string? Limit, string? Cursor) : IRequest<Page>;

    public sealed record NextDeadline(DeadlineKind Kind, DateOnly LastDay);

    public sealed record Item(
        Guid CaseId, string? FileNumber, CaseStatus Status, string TitleCode, DateOnly ReceivedOn, Guid TeamId, string? Caseworker,
        Guid PersonId, string DeadlineState, NextDeadline? NextDeadline);

    public sealed record Page(DateOnly AsOf, IReadOnlyList<Item> Items, string? NextCursor);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Scope).IsOneOf(Scopes.Values);
            RuleForEach(q => q.Status).Must(s => Enum.TryParse<CaseStatus>(s, ignoreCase: false, out var status) && status.IsOpen() && !int.TryParse(s, out _))
                .WithMessage(s => $"Unbekannter oder abgeschlossener Verfahrensstand; erlaubt sind: {string.Join(", ", Enum.GetValues<CaseStatus>().Where(x => x.IsOpen()))}.");
            RuleFor(q => q.Status).Must(s => s.Length <= 30).WithMessage("Höchstens 30 Verfahrensstände.");
            RuleFor(q => q.TitleCode).Matches("^[A-Z0-9_]{1,40}$").WithMessage("Die Titelart besteht aus Großbuchstaben, Ziffern und _ (z. B. AE_18B).");
            RuleFor(q => q.DeadlineState).IsOneOf(DeadlineStates.All);
            RuleFor(q => q.ReceivedFrom).IsDate();
            RuleFor(q => q.ReceivedTo).IsDate();
            RuleFor(q => q).Must(q => QueryParameters.Date(q.ReceivedFrom) <= QueryParameters.Date(q.ReceivedTo))
                .When(q => QueryParameters.IsValidDate(q.ReceivedFrom) && QueryParameters.IsValidDate(q.ReceivedTo) && q.ReceivedFrom is not null && q.ReceivedTo is not null)
                .WithName("receivedTo").WithMessage("„Eingang bis“ liegt vor „Eingang ab“.");
            RuleFor(q => q.Limit).IsIntBetween(1, MaxLimit);
            RuleFor(q => q.Cursor).Must(c => c is null || InboxCursor.TryParse(c, out _)).WithMessage("Ungültiger Cursor: bitte den nextCursor einer vorigen Seite unverändert übergeben.");
        }
    }

    public sealed class Handler(NpgsqlDataSource database, TimeProvider clock, CurrentActor current) : IRequestHandler<Query, Page>
    {
        public async Task<Page> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = current.Actor;
            if (actor.Role is not (Role.Sachbearbeitung or Role.Teamleitung))
            {
                throw new ForbiddenException($"Die Rolle {actor.Role} hat keinen Posteingang.");
            }
            var today = Today.Of(clock);
            var limit = QueryParameters.Int(query.Limit, DefaultLimit);
            InboxCursor.TryParse(query.Cursor, out var cursor);
            var values = new List<object> { actor.UserId, actor.TeamId, today, cursor?.DueOn ?? DateOnly.MinValue, cursor?.CaseId ?? Guid.Empty };
            var filters = new List<string> { "(due_on, case_id) > ($4, $5)" };
            void Filter(string condition, object value)
            {
                values.Add(value);
                filters.Add(condition.Replace("$?", $"${values.Count}", StringComparison.Ordinal));
            }
            if (query.Status.Length > 0)
            {
                Filter("status = ANY($?)", query.Status);
            }
            if (query.TitleCode is { } title)
            {
                Filter("title_code = $?", title);
            }
            if (QueryParameters.Date(query.ReceivedFrom) is { } from)
            {
                Filter("received_on >= $?", from);
            }
            if (QueryParameters.Date(query.ReceivedTo) is { } to)
            {
                Filter("received_on <= $?", to);
            }
            if (query.DeadlineState is { } state)
            {
                filters.Add(DeadlineStates.Condition(state, "$3"));
            }
            var where = string.Join(" AND ", filters);
            const string Columns = "case_id, file_number, status, title_code, received_on, team_id, caseworker, person_id, due_on, due_kind, warn_from";
            var mine = $"(SELECT {Columns} FROM {InboxProjection.Cases} WHERE caseworker = $1 AND {where} ORDER BY due_on, case_id LIMIT {limit + 1})";
            var pool = $"(SELECT {Columns} FROM {InboxProjection.Cases} WHERE caseworker IS NULL AND team_id = $2 AND {where} ORDER BY due_on, case_id LIMIT {limit + 1})";
            var parts = (query.Scope ?? Scopes.All) switch
            {
                Scopes.Mine => [mine],
                Scopes.Pool => [pool],
                _ => new[] { mine, pool },
            };
            await using var command = Sql.Query(database, $"""
                SELECT * FROM ({string.Join(" UNION ALL ", parts)}) page ORDER BY due_on, case_id LIMIT {limit + 1}
                """, [.. values]);
            var items = new List<Item>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var dueOn = reader.GetFieldValue<DateOnly>(8);
                var next = reader.IsDBNull(9) ? null : new NextDeadline(Enum.Parse<DeadlineKind>(reader.GetString(9)), dueOn);
                items.Add(new Item(reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetString(1), Enum.Parse<CaseStatus>(reader.GetString(2)),
                    reader.GetString(3), reader.GetFieldValue<DateOnly>(4), reader.GetGuid(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                    reader.GetGuid(7), DeadlineStates.Of(dueOn, reader.GetFieldValue<DateOnly>(10), today), next));
            }
            var more = items.Count > limit;
            if (more)
            {
                items.RemoveAt(limit);
            }
            var nextCursor = more ? new InboxCursor(items[^1].NextDeadline?.LastDay ?? DateOnly.MaxValue, items[^1].CaseId).ToString() : null;
            return new Page(today, items, nextCursor);
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/inbox", async (
                string? scope, string[]? status, string? titleCode, string? deadlineState, string? receivedFrom, string? receivedTo, string? limit, string? cursor,
                IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(new Query(scope, status ?? [], titleCode, deadlineState, receivedFrom, receivedTo, limit, cursor), ct)))
            .WithTags("Posteingang").RequireRoles(Role.Sachbearbeitung, Role.Teamleitung)
            .WithName("GetInbox")
            .WithSummary("Posteingang: meine Verfahren und die unverteilten meines Teams, dringendste zuerst (Keyset-Paging über nextCursor)")
            .Produces<Page>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
}
