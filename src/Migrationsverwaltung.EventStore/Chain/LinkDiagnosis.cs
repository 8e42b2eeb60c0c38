using Npgsql;
using NpgsqlTypes;

namespace Migrationsverwaltung.EventStore.Chain;

/// <summary>
/// Says what happened at a stream's first broken link by testing, in PostgreSQL, which stored hashes the events really
/// chain from, and as which version (the version is part of an event's digest):
/// a version gap is a deletion; an event that chains from another event or as another version was reordered (or, with
/// its predecessor two back, follows an inserted event); an event that its successor skips was inserted, as was one
/// beyond the stream's version; a successor chaining from the broken event as the next-but-one version means the event
/// before it was deleted and the rest renumbered; anything else was altered. See docs/tamper-evidence.md.
/// </summary>
internal sealed class LinkDiagnosis(NpgsqlConnection connection, string prefix, long maxSeqId)
{
    public async Task<BrokenLink> DiagnoseAsync(Guid streamId, long version, string problem, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(streamId, cancellationToken);
        var i = rows.FindIndex(r => r.Version == version);
        var previous = i > 0 ? rows[i - 1] : new Row(0, ChainHashes.Genesis.ToArray());
        switch (problem)
        {
            case "gap":
                return new(streamId, previous.Version + 1, BrokenLinkKind.Deleted,
                    $"version {previous.Version + 1} is missing: version {version} follows version {previous.Version}");
            case "personal":
                return new(streamId, version, BrokenLinkKind.Altered, "the personal data no longer matches the event's personal_hash");
        }
        var next = i + 1 < rows.Count ? rows[i + 1] : null;
        var chainedFrom = await ChainedFromAsync(streamId, version, cancellationToken);
        if (chainedFrom is { } origin && origin.AsVersion == version - 1 && origin.Predecessor == version - 2 && i >= 1)
        {
            return new(streamId, version - 1, BrokenLinkKind.Inserted,
                $"version {version} was chained as version {version - 1} after version {version - 2}: the event now at version {version - 1} was inserted");
        }
        if (chainedFrom is { } moved && moved.AsVersion != version)
        {
            return new(streamId, version, BrokenLinkKind.Reordered, $"the event at version {version} was chained as version {moved.AsVersion}");
        }
        if (next is not null && await LinksAsync(streamId, next.Version, previous.Hash, version, cancellationToken))
        {
            return new(streamId, version, BrokenLinkKind.Inserted,
                $"version {next.Version} chains from version {previous.Version} as version {version}: the event at version {version} was inserted");
        }
        if (next is null && version > await StreamVersionAsync(streamId, cancellationToken))
        {
            return new(streamId, version, BrokenLinkKind.Inserted, $"version {version} lies beyond the stream's version and does not chain");
        }
        if (next is not null && await LinksAsync(streamId, next.Version, rows[i].Hash, next.Version + 1, cancellationToken))
        {
            return new(streamId, version, BrokenLinkKind.Deleted,
                $"version {next.Version} was chained as version {next.Version + 1}: the event originally at version {version} was deleted and the later ones renumbered");
        }
        return new(streamId, version, BrokenLinkKind.Altered,
            $"the event at version {version} (data, metadata, personal hash or stored hash) does not match its chained hash");
    }

    private async Task<List<Row>> RowsAsync(Guid streamId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT version, hash FROM {prefix}mt_events WHERE stream_id = $1 AND seq_id <= $2 ORDER BY version", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = maxSeqId, NpgsqlDbType = NpgsqlDbType.Bigint });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<Row>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new Row(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1)));
        }
        return rows;
    }

    /// <summary>
    /// The stored hash (the genesis as version 0, or an event of the stream) this event really chains from, and as which
    /// version: the event's own predecessor's version plus one (an event moved from there) or the predecessor's own
    /// version (it swapped places with that predecessor). Null when it chains from nothing stored.
    /// </summary>
    private async Task<(long Predecessor, long AsVersion)?> ChainedFromAsync(Guid streamId, long version, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT j.version, w.version
            FROM (SELECT 0::bigint AS version, {prefix}mt_chain_genesis() AS hash
                  UNION ALL SELECT version, hash FROM {prefix}mt_events WHERE stream_id = $1 AND seq_id <= $3) j
            CROSS JOIN LATERAL (VALUES (j.version + 1), (j.version)) w(version)
            JOIN {prefix}mt_events e ON e.stream_id = $1 AND e.version = $2
            WHERE w.version >= 1 AND sha256(j.hash || {ChainQueries.Digest(prefix, "e", "w.version")}) = e.hash
            ORDER BY j.version LIMIT 1
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = version, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = maxSeqId, NpgsqlDbType = NpgsqlDbType.Bigint });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetInt64(1)) : null;
    }

    /// <summary>Whether the event at the version has the hash it would have chained from the given hash as the given version.</summary>
    private async Task<bool> LinksAsync(Guid streamId, long version, byte[] previousHash, long asVersion, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT coalesce(bool_or(sha256($3 || {ChainQueries.Digest(prefix, "e", "$4")}) = e.hash), false)
            FROM {prefix}mt_events e WHERE e.stream_id = $1 AND e.version = $2
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = version, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = previousHash, NpgsqlDbType = NpgsqlDbType.Bytea });
        command.Parameters.Add(new NpgsqlParameter { Value = asVersion, NpgsqlDbType = NpgsqlDbType.Bigint });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<long> StreamVersionAsync(Guid streamId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {prefix}mt_streams WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId, NpgsqlDbType = NpgsqlDbType.Uuid });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private sealed record Row(long Version, byte[] Hash);
}
