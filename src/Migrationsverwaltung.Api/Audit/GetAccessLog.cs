using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Common;
using Npgsql;
using NpgsqlTypes;

namespace Migrationsverwaltung.Api.Audit;

/// <summary>For auditors: who looked at this person's or case's data, or what this user looked at; newest first.</summary>
public static class GetAccessLog
{
    public sealed record Query(Guid? Subject, string? UserId, DateTimeOffset? From, DateTimeOffset? To, int Limit = 100) : IRequest<IReadOnlyList<Entry>>;

    public sealed record Entry(long Id, DateTimeOffset At, string UserId, string Role, string UseCase, string? CorrelationId, IReadOnlyList<Guid> Subjects);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q).Must(q => q.Subject is not null || !string.IsNullOrWhiteSpace(q.UserId))
                .WithMessage("Geben Sie eine Person, ein Verfahren (subject) oder eine Benutzerkennung (user) an.");
            RuleFor(q => q.Limit).InclusiveBetween(1, 1000).WithMessage("limit liegt zwischen 1 und 1000.");
            RuleFor(q => q.UserId).MaximumLength(100).WithMessage("Die Benutzerkennung ist zu lang.");
        }
    }

    public sealed class Handler(NpgsqlDataSource dataSource, CurrentActor current) : IRequestHandler<Query, IReadOnlyList<Entry>>
    {
        public async Task<IReadOnlyList<Entry>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (current.Actor.Role != Role.Revision)
            {
                throw new ForbiddenException("Das Zugriffsprotokoll sieht nur die Revision.");
            }
            await using var command = dataSource.CreateCommand($"""
                SELECT id, at, user_id, role, use_case, correlation_id, subject_ids FROM {AppSchema.Name}.access_log
                WHERE ($1::uuid IS NULL OR subject_ids @> ARRAY[$1::uuid]) AND ($2::text IS NULL OR user_id = $2)
                  AND ($3::timestamptz IS NULL OR at >= $3) AND ($4::timestamptz IS NULL OR at < $4)
                ORDER BY id DESC LIMIT $5
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.Subject ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.UserId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.From?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.To?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter { Value = query.Limit });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var entries = new List<Entry>();
            while (await reader.ReadAsync(cancellationToken))
            {
                entries.Add(new Entry(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3),
                    reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetFieldValue<Guid[]>(6)));
            }
            return entries;
        }
    }
}
