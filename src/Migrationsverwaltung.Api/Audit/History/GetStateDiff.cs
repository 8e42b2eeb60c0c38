using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;
using Migrationsverwaltung.Api.Infrastructure.Http;

namespace Migrationsverwaltung.Api.Audit.History;

/// <summary>
/// GET /api/v1/audit/streams/{id}/diff?from=N&amp;to=M: what changed in the state between two versions, field by field
/// (JSON path, before, after), with the events in between. For the Revision; in the access log.
/// </summary>
public static class GetStateDiff
{
    public sealed record Query(Guid StreamId, long From, long To) : IPersonalDataQuery<View>
    {
        public IEnumerable<Guid> SubjectsOf(View response) => response.Subjects;
    }

    public sealed record Change(string Path, JsonNode? Before, JsonNode? After);

    public sealed record View(Guid StreamId, string Kind, long From, long To, IReadOnlyList<string> EventsBetween, IReadOnlyList<Change> Changes, IReadOnlyList<Guid> Subjects);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.From).GreaterThanOrEqualTo(0).WithMessage("from darf nicht negativ sein.");
            RuleFor(q => q).Must(q => q.From <= q.To).WithMessage("from muss kleiner oder gleich to sein.");
        }
    }

    public sealed class Handler(AuditedStream streams) : IRequestHandler<Query, View>
    {
        public async Task<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var events = await streams.ReadAsync(query.StreamId, cancellationToken);
            if (query.To > events[^1].Version)
            {
                throw new ArgumentException($"Der Datenstrom hat nur {events[^1].Version} Versionen.");
            }
            var before = Json(AuditedStream.Fold(events, query.From));
            var after = Json(AuditedStream.Fold(events, query.To));
            var changes = new List<Change>();
            Compare("$", before, after, changes);
            return new View(query.StreamId, AuditedStream.KindOf(events), query.From, query.To,
                [.. events.Where(e => e.Version > query.From && e.Version <= query.To).Select(e => $"{e.Version}: {e.Type}")], changes, [.. AuditedStream.Subjects(events)]);
        }
    }

    private static JsonNode? Json(object state) => JsonSerializer.SerializeToNode(state, state.GetType(), CommandBody.Options);

    /// <summary>Objects are compared member by member; arrays and values as a whole (a list that changed shows before and after).</summary>
    public static void Compare(string path, JsonNode? before, JsonNode? after, List<Change> changes)
    {
        if (before is JsonObject a && after is JsonObject b)
        {
            foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
            {
                Compare($"{path}.{key}", a[key], b[key], changes);
            }
        }
        else if (!JsonNode.DeepEquals(before, after))
        {
            changes.Add(new Change(path, before?.DeepClone(), after?.DeepClone()));
        }
    }
}
