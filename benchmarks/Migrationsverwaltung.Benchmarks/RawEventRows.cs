using Npgsql;

namespace Migrationsverwaltung.Benchmarks;

/// <summary>
/// The raw baselines read what the store's event queries read (EventRows in the store): the 14 Marten-layout
/// columns plus the personal-data marker and the personal part's lookup (docs/adr/0006), which runs only for
/// events that have personal data (none here). Every column is read with the getter the store uses; nothing is
/// deserialised.
/// </summary>
public static class RawEventRows
{
    public const string Columns =
        "e.seq_id, e.id, e.stream_id, e.version, e.type, e.data::text, e.timestamp, e.tenant_id, e.correlation_id, e.causation_id, " +
        "e.user_name, e.headers::text, e.tx_id, e.is_archived, e.personal_hash IS NOT NULL, " +
        "CASE WHEN e.personal_hash IS NOT NULL THEN (SELECT p.data::text FROM event_store.mt_personal_data p WHERE p.event_id = e.id) END";

    public const string From = "event_store.mt_events e";

    /// <summary>Reads every column of the current row; returns (seq_id, tx_id) for keyset paging.</summary>
    public static (long SeqId, long TransactionId) Read(NpgsqlDataReader reader)
    {
        var seqId = reader.GetInt64(0);
        _ = reader.GetGuid(1);
        _ = reader.GetGuid(2);
        _ = reader.GetInt64(3);
        _ = reader.GetString(4);
        _ = reader.GetString(5);
        _ = reader.GetFieldValue<DateTimeOffset>(6);
        _ = reader.GetString(7);
        _ = reader.IsDBNull(8) ? null : reader.GetString(8);
        _ = reader.IsDBNull(9) ? null : reader.GetString(9);
        _ = reader.IsDBNull(10) ? null : reader.GetString(10);
        _ = reader.IsDBNull(11) ? null : reader.GetString(11);
        var transactionId = reader.GetInt64(12);
        _ = reader.GetBoolean(13);
        _ = reader.GetBoolean(14);
        _ = reader.IsDBNull(15) ? null : reader.GetString(15);
        return (seqId, transactionId);
    }
}
