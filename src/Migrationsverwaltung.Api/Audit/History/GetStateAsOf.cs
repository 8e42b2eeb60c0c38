using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;

namespace Migrationsverwaltung.Api.Audit.History;

/// <summary>
/// GET /api/v1/audit/streams/{id}/state?version=N or ?at=2026-05-01T12:00:00Z: the state as it was after version N,
/// or after the last event written at or before the instant. For the Revision; in the access log.
/// </summary>
public static class GetStateAsOf
{
    public sealed record Query(Guid StreamId, long? Version, DateTimeOffset? At) : IPersonalDataQuery<View>
    {
        public IEnumerable<Guid> SubjectsOf(View response) => response.Subjects;
    }

    public sealed record View(Guid StreamId, string Kind, long Version, DateTimeOffset? LastEventAt, object State, IReadOnlyList<Guid> Subjects);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q).Must(q => q.Version is null != q.At is null).WithMessage("Geben Sie genau eines an: version oder at.");
            RuleFor(q => q.Version).GreaterThanOrEqualTo(0).WithMessage("Die Version darf nicht negativ sein.");
        }
    }

    public sealed class Handler(AuditedStream streams) : IRequestHandler<Query, View>
    {
        public async Task<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var events = await streams.ReadAsync(query.StreamId, cancellationToken);
            var version = query.Version ?? events.Where(e => e.Timestamp <= query.At).Select(e => e.Version).DefaultIfEmpty(0).Max();
            version = Math.Min(version, events[^1].Version);
            var last = events.LastOrDefault(e => e.Version <= version);
            return new View(query.StreamId, AuditedStream.KindOf(events), version, last?.Timestamp, AuditedStream.Fold(events, version), [.. AuditedStream.Subjects(events)]);
        }
    }
}
