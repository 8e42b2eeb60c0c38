namespace Migrationsverwaltung.EventStore.Appending;

/// <summary>
/// The append statement as it was before the hash chain (docs/adr/0010), kept only as the append benchmark's
/// baseline "without the chain" in the same run (<see cref="EventStoreOptions.HashChainOffForBenchmark"/>). It
/// writes no hashes, so it only runs against a schema whose hash columns the benchmark made nullable.
/// </summary>
internal static class Unchained
{
    public static string Statement(EventStoreOptions options, bool startsStream, bool personal)
    {
        if (personal)
        {
            throw new NotSupportedException("The unchained benchmark baseline has no statement for personal data.");
        }
        var streamCte = startsStream
            ? $"INSERT INTO {options.Qualified("mt_streams")} (id, type, version, tenant_id) VALUES ($1, $2, $5, $4) RETURNING id, 0::bigint AS base"
            : $"UPDATE {options.Qualified("mt_streams")} SET version = $3 + $5, timestamp = now() WHERE id = $1 AND version = $3 AND NOT is_archived RETURNING id, $3 AS base";
        return $"""
            WITH stream AS ({streamCte})
            INSERT INTO {options.Qualified("mt_events")}
                (id, stream_id, version, data, type, mt_dotnet_type, tenant_id, correlation_id, causation_id, user_name, headers)
            SELECT e.id, stream.id, stream.base + e.ordinal, e.data::jsonb, e.type, e.dotnet_type, $4, $9, $10, $11, $12::jsonb
            FROM stream, unnest($6::uuid[], $7::text[], $8::text[], $13::text[]) WITH ORDINALITY AS e(id, data, type, dotnet_type, ordinal)
            RETURNING seq_id, id, version, timestamp, tx_id
            """;
    }
}
