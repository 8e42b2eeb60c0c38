namespace Migrationsverwaltung.EventStore.Chain;

/// <summary>The verifier's SQL. "prefix" is the quoted schema with its dot; $-parameters as documented per query.</summary>
internal static class ChainQueries
{
    /// <summary>An event's digest as stored, with its version replaced by the given expression (the diagnosis tries others).</summary>
    public static string Digest(string prefix, string alias, string version) =>
        $"{prefix}mt_event_digest({alias}.id, {alias}.stream_id, {version}, {alias}.type, {alias}.\"timestamp\", {alias}.tenant_id, " +
        $"{alias}.correlation_id, {alias}.causation_id, {alias}.user_name, {alias}.headers, {alias}.personal_hash, {alias}.data)";

    /// <summary>
    /// Every link of the streams with ids in [$1, $2] among the events with seq_id ≤ $3, in one pass in (stream_id, version)
    /// order: a row is broken when its version does not follow the previous one ("gap"), when its
    /// hash is not sha256(previous stored hash || its digest) ("link"), or when its personal row no longer matches
    /// personal_hash ("personal"; an erased personal row is fine). Returns the broken rows only.
    /// </summary>
    public static string BrokenLinks(string prefix) => $"""
        SELECT stream_id, version, problem FROM (
            SELECT stream_id, version,
                   CASE WHEN version <> lag(version, 1, 0::bigint) OVER w + 1 THEN 'gap'
                        WHEN hash IS DISTINCT FROM sha256(lag(hash, 1, {prefix}mt_chain_genesis()) OVER w || digest) THEN 'link'
                        WHEN personal_changed THEN 'personal' END AS problem
            FROM (
                SELECT e.stream_id, e.version, e.hash,
                       {Digest(prefix, "e", "e.version")} AS digest,
                       e.personal_hash IS NOT NULL AND EXISTS (
                           SELECT 1 FROM {prefix}mt_personal_data p
                           WHERE p.event_id = e.id AND sha256(convert_to(p.data::text, 'UTF8')) <> e.personal_hash) AS personal_changed
                FROM {prefix}mt_events e
                WHERE e.stream_id BETWEEN $1 AND $2 AND e.seq_id <= $3
                OFFSET 0) digests
            WINDOW w AS (PARTITION BY stream_id ORDER BY version)) checked
        WHERE problem IS NOT NULL
        """;

    /// <summary>
    /// For the batch's transaction: the window's sort (about 100 bytes per event) stays in memory. Measured: with the
    /// digests computed below the sort (OFFSET 0 keeps the planner from computing them above it, on rows that still
    /// carry the data) and an in-memory sort, a batch of 50,000 events took about half the time.
    /// </summary>
    public const string BatchSettings = "SELECT set_config('work_mem', '64MB', true)";

    /// <summary>Streams in [$1, $2] whose row (version, head hash) does not match their last event: the tail was cut or extended.</summary>
    public static string MismatchedHeads(string prefix) => $"""
        SELECT s.id, s.version, t.version
        FROM {prefix}mt_streams s
        LEFT JOIN LATERAL (SELECT version, hash FROM {prefix}mt_events e WHERE e.stream_id = s.id ORDER BY version DESC LIMIT 1) t ON true
        WHERE s.id BETWEEN $1 AND $2 AND (t.version IS DISTINCT FROM s.version OR t.hash IS DISTINCT FROM s.head_hash)
        """;

    /// <summary>The next page of streams after $1 (null: from the start): id and version, at most $2.</summary>
    public static string StreamPage(string prefix) =>
        $"SELECT id, version FROM {prefix}mt_streams WHERE $1::uuid IS NULL OR id > $1 ORDER BY id LIMIT $2";

    /// <summary>The heads as of seq_id $1, in stream id order: per stream its last event with seq_id ≤ $1.</summary>
    public static string HeadsAsOf(string prefix) => $"""
        SELECT s.id, h.version, h.hash
        FROM {prefix}mt_streams s
        CROSS JOIN LATERAL (SELECT version, hash FROM {prefix}mt_events e WHERE e.stream_id = s.id AND e.seq_id <= $1 ORDER BY version DESC LIMIT 1) h
        ORDER BY s.id
        """;
}
