using MediatR;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;

namespace Migrationsverwaltung.Api.Audit.History;

/// <summary>
/// GET /api/v1/audit/streams/{id}/history: every event of a case, person, file or office in order, with who, when,
/// why (reason), the command that caused it and the correlation id of the request. For the Revision; in the access log.
/// </summary>
public static class GetStreamHistory
{
    public sealed record Query(Guid StreamId) : IPersonalDataQuery<View>
    {
        public IEnumerable<Guid> SubjectsOf(View response) => response.Subjects;
    }

    public sealed record Entry(
        long Version, long Sequence, string Type, DateTimeOffset At, string? By, string? Reason, string? Command, string? CorrelationId,
        bool PersonalDataErased, object Data);

    public sealed record View(Guid StreamId, string Kind, long Version, bool Archived, IReadOnlyList<Entry> Events, IReadOnlyList<Guid> Subjects);

    public sealed class Handler(AuditedStream streams) : IRequestHandler<Query, View>
    {
        public async Task<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var events = await streams.ReadAsync(query.StreamId, cancellationToken);
            return new View(query.StreamId, AuditedStream.KindOf(events), events[^1].Version, events[^1].IsArchived,
                [.. events.Select(e => new Entry(e.Version, e.SeqId, e.Type, e.Timestamp, e.UserName, e.Headers.GetValueOrDefault("reason"),
                    e.Headers.GetValueOrDefault("command"), e.CorrelationId, e.PersonalDataErased, e.Data))],
                [.. AuditedStream.Subjects(events)]);
        }
    }
}
