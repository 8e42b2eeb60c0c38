using System.Text.Json;
using Migrationsverwaltung.EventStore.Serialization;
using Npgsql;

namespace Migrationsverwaltung.EventStore.Reading;

/// <summary>
/// The one column list every event query selects (from <see cref="From"/>, the events as "e"), and its mapping to
/// <see cref="StoredEvent"/>. The last two columns bring the personal part (docs/adr/0006): a correlated lookup by
/// primary key that runs only for events that had personal data. It acts as a LEFT JOIN, but a join probes the
/// index for every event of a daemon page (measured: a 2,000-event page took about twice as long), this only
/// for the events with personal data.
/// </summary>
internal static class EventRows
{
    public const int ColumnCount = 16;

    public static string Columns(EventStoreOptions options) =>
        "e.seq_id, e.id, e.stream_id, e.version, e.type, e.data::text, e.timestamp, e.tenant_id, e.correlation_id, e.causation_id, " +
        "e.user_name, e.headers::text, e.tx_id, e.is_archived, e.personal_hash IS NOT NULL, " +
        $"CASE WHEN e.personal_hash IS NOT NULL THEN (SELECT p.data::text FROM {options.Qualified("mt_personal_data")} p WHERE p.event_id = e.id) END";

    public static string From(EventStoreOptions options) => $"{options.Qualified("mt_events")} e";

    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

    public static StoredEvent Read(NpgsqlDataReader reader, EventTypeRegistry registry)
    {
        var seqId = reader.GetInt64(0);
        var type = reader.GetString(4);
        var personal = new PersonalPart(reader.IsDBNull(15) ? null : reader.GetString(15), Erased: reader.GetBoolean(14) && reader.IsDBNull(15));
        var streamId = reader.GetGuid(2);
        var userName = reader.IsDBNull(10) ? null : reader.GetString(10);
        return new StoredEvent(
            SeqId: seqId,
            Id: reader.GetGuid(1),
            StreamId: streamId,
            Version: reader.GetInt64(3),
            Type: type,
            Data: registry.Deserialize(type, reader.GetString(5), seqId, personal, new EventEnvelope(streamId, userName)),
            Timestamp: reader.GetFieldValue<DateTimeOffset>(6),
            TenantId: reader.GetString(7),
            CorrelationId: reader.IsDBNull(8) ? null : reader.GetString(8),
            CausationId: reader.IsDBNull(9) ? null : reader.GetString(9),
            UserName: userName,
            Headers: reader.IsDBNull(11) ? NoHeaders : ReadHeaders(reader.GetString(11), seqId, type),
            TransactionId: reader.GetInt64(12),
            IsArchived: reader.GetBoolean(13),
            PersonalDataErased: personal.Erased);
    }

    public static async Task<List<StoredEvent>> ReadAllAsync(NpgsqlDataReader reader, EventTypeRegistry registry, CancellationToken cancellationToken)
    {
        var events = new List<StoredEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(Read(reader, registry));
        }
        return events;
    }

    private static IReadOnlyDictionary<string, string> ReadHeaders(string json, long seqId, string type)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? NoHeaders;
        }
        catch (JsonException exception)
        {
            throw new EventDeserializationException(seqId, type, exception);
        }
    }
}
