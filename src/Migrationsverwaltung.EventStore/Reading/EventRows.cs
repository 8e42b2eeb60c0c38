using System.Text.Json;
using Migrationsverwaltung.EventStore.Serialization;
using Npgsql;

namespace Migrationsverwaltung.EventStore.Reading;

/// <summary>The one column list every event query selects, and its mapping to <see cref="StoredEvent"/>.</summary>
internal static class EventRows
{
    public const int ColumnCount = 14;

    public const string Columns =
        "seq_id, id, stream_id, version, type, data::text, timestamp, tenant_id, correlation_id, causation_id, user_name, headers::text, tx_id, is_archived";

    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

    public static StoredEvent Read(NpgsqlDataReader reader, EventTypeRegistry registry)
    {
        var seqId = reader.GetInt64(0);
        var type = reader.GetString(4);
        return new StoredEvent(
            SeqId: seqId,
            Id: reader.GetGuid(1),
            StreamId: reader.GetGuid(2),
            Version: reader.GetInt64(3),
            Type: type,
            Data: registry.Deserialize(type, reader.GetString(5), seqId),
            Timestamp: reader.GetFieldValue<DateTimeOffset>(6),
            TenantId: reader.GetString(7),
            CorrelationId: reader.IsDBNull(8) ? null : reader.GetString(8),
            CausationId: reader.IsDBNull(9) ? null : reader.GetString(9),
            UserName: reader.IsDBNull(10) ? null : reader.GetString(10),
            Headers: reader.IsDBNull(11) ? NoHeaders : ReadHeaders(reader.GetString(11), seqId, type),
            TransactionId: reader.GetInt64(12),
            IsArchived: reader.GetBoolean(13));
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
