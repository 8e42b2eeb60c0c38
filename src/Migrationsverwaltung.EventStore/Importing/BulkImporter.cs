using System.Text.Json;
using Migrationsverwaltung.EventStore.Chain;
using Migrationsverwaltung.EventStore.Serialization;
using Npgsql;
using NpgsqlTypes;

namespace Migrationsverwaltung.EventStore.Importing;

/// <summary>
/// Writes new streams with binary COPY into mt_streams, mt_events and mt_personal_data, in one transaction, so they
/// read exactly as if appended (docs/event-store-bulk-import.md): versions 1..n, seq ids in the given order, the
/// transaction's tx_id, each event's personal part apart with the same hash an append computes (the hash is taken by
/// PostgreSQL of the jsonb text, as in the append), and the store's inline projections applied in the same transaction.
/// The hash chain (docs/adr/0010) is the append's too: PostgreSQL computes every event's digest with the same function
/// (mt_event_digest) before the COPY, and the links sha256(previous || digest) are chained here, which is the same
/// SHA-256 over the same 64 bytes (BulkImportTests verify imported streams with the store's chain verifier).
/// </summary>
internal sealed class BulkImporter(EventStore store)
{
    private EventStoreOptions Options => store.Options;

    /// <summary>
    /// The part of an import that needs no transaction: the rows serialised and split, their digests computed by
    /// PostgreSQL and chained. Runs on its own connection, so a caller can prepare the next chunk while one imports.
    /// </summary>
    public async Task<PreparedImport> PrepareAsync(NpgsqlConnection connection, IReadOnlyList<ImportedStream> streams, CancellationToken cancellationToken)
    {
        var rows = Prepare(streams);
        var (personalHashes, digests) = await DigestsAsync(connection, rows, cancellationToken);
        var chain = ChainHashes.Link(rows.Select(r => r.Version).ToList(), digests);
        return new PreparedImport(store, streams, rows, personalHashes, chain);
    }

    public async Task<BulkImportResult> ImportAsync(NpgsqlConnection connection, PreparedImport prepared, BulkImportOptions options, CancellationToken cancellationToken)
    {
        prepared.Take(store);
        var (streams, rows, personalHashes, chain) = (prepared.Streams, prepared.Rows, prepared.PersonalHashes, prepared.Chain);
        var (txId, seqIds) = await AllocateAsync(connection, rows.Count, cancellationToken);
        try
        {
            await CopyStreamsAsync(connection, streams, HeadsOf(rows, chain), cancellationToken);
            await CopyEventsAsync(connection, rows, seqIds, txId, personalHashes, chain, cancellationToken);
            await CopyPersonalDataAsync(connection, rows, cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == "23505")
        {
            throw new BulkImportConflictException(exception);
        }
        var stored = new List<StoredEvent>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            stored.Add(rows[i].AsStored(seqIds[i], txId, Options.TenantId));
        }
        foreach (var projection in store.InlineProjections)
        {
            await projection.ApplyAsync(connection, stored, cancellationToken);
        }
        var caughtUp = new List<string>();
        if (rows.Count > 0)
        {
            var catchUp = new AsyncCatchUp(store);
            foreach (var projection in options.AsyncProjections)
            {
                if (await catchUp.TryApplyAsync(connection, projection, stored, new Daemon.Position(txId, seqIds[^1]), options.OlderTransactionsWait, cancellationToken))
                {
                    caughtUp.Add(projection.Name);
                }
            }
        }
        return new BulkImportResult(streams.Count, rows.Count, rows.Count(r => r.Serialized.Personal is not null), txId,
            rows.Count == 0 ? 0 : seqIds[0], rows.Count == 0 ? 0 : seqIds[^1]) { AppliedAsyncProjections = caughtUp };
    }

    private List<Row> Prepare(IReadOnlyList<ImportedStream> streams)
    {
        var rows = new List<Row>(streams.Sum(s => s.Events.Count));
        foreach (var stream in streams)
        {
            if (stream.Events.Count == 0 || stream.Events.Any(e => e?.Data is null))
            {
                throw new ArgumentException($"Imported stream {stream.Id} needs at least one event and no null events.", nameof(streams));
            }
            for (var i = 0; i < stream.Events.Count; i++)
            {
                var @event = stream.Events[i];
                var type = @event.Data.GetType();
                var metadata = @event.Metadata ?? EventMetadata.Empty;
                rows.Add(new Row(stream.Id, i + 1, @event, Guid.CreateVersion7(@event.Timestamp), store.Registry.AliasFor(type),
                    store.Registry.SerializeForAppend(@event.Data, new EventEnvelope(stream.Id, metadata.UserName)), metadata));
            }
        }
        return rows;
    }

    /// <summary>The transaction's id (as an append's column default takes it) and a block of sequence values in ascending order.</summary>
    private async Task<(long TxId, long[] SeqIds)> AllocateAsync(NpgsqlConnection connection, int count, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT {Options.Qualified("mt_current_tx_id()")},
                   ARRAY(SELECT nextval('"{Options.Schema}".mt_events_sequence') FROM generate_series(1, $1))
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = count, NpgsqlDbType = NpgsqlDbType.Integer });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var seqIds = reader.GetFieldValue<long[]>(1);
        Array.Sort(seqIds);
        return (reader.GetInt64(0), seqIds);
    }

    private const int DigestSlice = 10_000;

    /// <summary>
    /// Per row, computed by PostgreSQL exactly as the append's statement does: the personal part's hash (sha256 of its
    /// jsonb text) and the event's chain digest over the values the COPY will store (timestamps as Npgsql sends them).
    /// </summary>
    private async Task<(byte[]?[] Personal, byte[][] Digests)> DigestsAsync(NpgsqlConnection connection, List<Row> rows, CancellationToken cancellationToken)
    {
        var personal = new byte[]?[rows.Count];
        var digests = new byte[rows.Count][];
        for (var from = 0; from < rows.Count; from += DigestSlice)
        {
            var slice = rows.GetRange(from, Math.Min(DigestSlice, rows.Count - from));
            await using var command = new NpgsqlCommand($"""
                SELECT p.hash, {Options.Qualified("mt_event_digest")}(u.id, u.stream_id, u.version, u.type, u.ts, $6, u.correlation_id, u.causation_id,
                           u.user_name, u.headers::jsonb, p.hash, u.data::jsonb)
                FROM unnest($1::uuid[], $2::uuid[], $3::bigint[], $4::text[], $5::timestamptz[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
                     WITH ORDINALITY AS u(id, stream_id, version, type, ts, correlation_id, causation_id, user_name, headers, personal, data, n)
                CROSS JOIN LATERAL (SELECT sha256(convert_to(u.personal::jsonb::text, 'UTF8')) AS hash) p
                ORDER BY u.n
                """, connection);
            var parameters = command.Parameters;
            parameters.Add(ArrayOf(slice.Select(r => r.EventId).ToArray(), NpgsqlDbType.Uuid));
            parameters.Add(ArrayOf(slice.Select(r => r.StreamId).ToArray(), NpgsqlDbType.Uuid));
            parameters.Add(ArrayOf(slice.Select(r => (long)r.Version).ToArray(), NpgsqlDbType.Bigint));
            parameters.Add(ArrayOf(slice.Select(r => r.Alias).ToArray(), NpgsqlDbType.Text));
            parameters.Add(ArrayOf(slice.Select(r => r.Event.Timestamp.ToUniversalTime()).ToArray(), NpgsqlDbType.TimestampTz));
            parameters.Add(new NpgsqlParameter { Value = Options.TenantId, NpgsqlDbType = NpgsqlDbType.Text });
            parameters.Add(ArrayOf(slice.Select(r => r.Metadata.CorrelationId).ToArray(), NpgsqlDbType.Text));
            parameters.Add(ArrayOf(slice.Select(r => r.Metadata.CausationId).ToArray(), NpgsqlDbType.Text));
            parameters.Add(ArrayOf(slice.Select(r => r.Metadata.UserName).ToArray(), NpgsqlDbType.Text));
            parameters.Add(ArrayOf(slice.Select(r => HeadersJson(r.Metadata)).ToArray(), NpgsqlDbType.Text));
            parameters.Add(ArrayOf(slice.Select(r => r.Serialized.Personal).ToArray(), NpgsqlDbType.Text));
            parameters.Add(ArrayOf(slice.Select(r => r.Serialized.Data).ToArray(), NpgsqlDbType.Text));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var i = from;
            while (await reader.ReadAsync(cancellationToken))
            {
                personal[i] = reader.IsDBNull(0) ? null : reader.GetFieldValue<byte[]>(0);
                digests[i++] = reader.GetFieldValue<byte[]>(1);
            }
        }
        return (personal, digests);
    }

    private static NpgsqlParameter ArrayOf<T>(T[] values, NpgsqlDbType type) => new() { Value = values, NpgsqlDbType = NpgsqlDbType.Array | type };

    private static string? HeadersJson(EventMetadata metadata) => metadata.Headers.Count == 0 ? null : JsonSerializer.Serialize(metadata.Headers);

    /// <summary>Each stream's head hash: the hash of its last row (rows are in stream order, versions ascending).</summary>
    private static Dictionary<Guid, byte[]> HeadsOf(List<Row> rows, byte[][] chain)
    {
        var heads = new Dictionary<Guid, byte[]>();
        for (var i = 0; i < rows.Count; i++)
        {
            heads[rows[i].StreamId] = chain[i];
        }
        return heads;
    }

    private async Task CopyStreamsAsync(NpgsqlConnection connection, IReadOnlyList<ImportedStream> streams, Dictionary<Guid, byte[]> heads, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {Options.Qualified("mt_streams")} (id, type, version, timestamp, created, tenant_id, head_hash) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var stream in streams)
        {
            writer.StartRow();
            writer.Write(stream.Id, NpgsqlDbType.Uuid);
            WriteNullable(writer, stream.Type, NpgsqlDbType.Varchar);
            writer.Write((long)stream.Events.Count, NpgsqlDbType.Bigint);
            writer.Write(stream.Events[^1].Timestamp.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            writer.Write(stream.Events[0].Timestamp.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            writer.Write(Options.TenantId, NpgsqlDbType.Varchar);
            writer.Write(heads[stream.Id], NpgsqlDbType.Bytea);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    private async Task CopyEventsAsync(NpgsqlConnection connection, List<Row> rows, long[] seqIds, long txId, byte[]?[] hashes, byte[][] chain, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"""
            COPY {Options.Qualified("mt_events")} (seq_id, id, stream_id, version, data, type, timestamp, tenant_id,
                correlation_id, causation_id, user_name, headers, tx_id, personal_hash, hash) FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            writer.StartRow();
            writer.Write(seqIds[i], NpgsqlDbType.Bigint);
            writer.Write(row.EventId, NpgsqlDbType.Uuid);
            writer.Write(row.StreamId, NpgsqlDbType.Uuid);
            writer.Write((long)row.Version, NpgsqlDbType.Bigint);
            writer.Write(row.Serialized.Data, NpgsqlDbType.Jsonb);
            writer.Write(row.Alias, NpgsqlDbType.Varchar);
            writer.Write(row.Event.Timestamp.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            writer.Write(Options.TenantId, NpgsqlDbType.Varchar);
            WriteNullable(writer, row.Metadata.CorrelationId, NpgsqlDbType.Varchar);
            WriteNullable(writer, row.Metadata.CausationId, NpgsqlDbType.Varchar);
            WriteNullable(writer, row.Metadata.UserName, NpgsqlDbType.Varchar);
            WriteNullable(writer, HeadersJson(row.Metadata), NpgsqlDbType.Jsonb);
            writer.Write(txId, NpgsqlDbType.Bigint);
            if (hashes[i] is { } hash)
            {
                writer.Write(hash, NpgsqlDbType.Bytea);
            }
            else
            {
                writer.WriteNull();
            }
            writer.Write(chain[i], NpgsqlDbType.Bytea);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    private async Task CopyPersonalDataAsync(NpgsqlConnection connection, List<Row> rows, CancellationToken cancellationToken)
    {
        if (!rows.Exists(r => r.Serialized.Personal is not null))
        {
            return;
        }
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {Options.Qualified("mt_personal_data")} (event_id, subject_id, data) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows.Where(r => r.Serialized.Personal is not null))
        {
            writer.StartRow();
            writer.Write(row.EventId, NpgsqlDbType.Uuid);
            writer.Write(row.Serialized.SubjectId!.Value, NpgsqlDbType.Uuid);
            writer.Write(row.Serialized.Personal!, NpgsqlDbType.Jsonb);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, type);
        }
    }

    internal sealed record Row(Guid StreamId, int Version, ImportedEvent Event, Guid EventId, string Alias, SerializedEvent Serialized, EventMetadata Metadata)
    {
        public StoredEvent AsStored(long seqId, long txId, string tenantId) => new(
            SeqId: seqId, Id: EventId, StreamId: StreamId, Version: Version, Type: Alias, Data: Event.Data, Timestamp: Event.Timestamp,
            TenantId: tenantId, CorrelationId: Metadata.CorrelationId, CausationId: Metadata.CausationId, UserName: Metadata.UserName,
            Headers: Metadata.Headers, TransactionId: txId, IsArchived: false);
    }
}

/// <summary>
/// Streams made ready for <see cref="EventStore.BulkImportAsync(PreparedImport, BulkImportOptions, CancellationToken)"/> by
/// <see cref="EventStore.PrepareBulkImportAsync"/>: serialised, their digests and chain hashes computed. Imported once, by the
/// store that prepared them.
/// </summary>
public sealed class PreparedImport
{
    private EventStore? _store;

    internal PreparedImport(EventStore store, IReadOnlyList<ImportedStream> streams, List<BulkImporter.Row> rows, byte[]?[] personalHashes, byte[][] chain) =>
        (_store, Streams, Rows, PersonalHashes, Chain) = (store, streams, rows, personalHashes, chain);

    public IReadOnlyList<ImportedStream> Streams { get; }
    public int Events => Rows.Count;
    internal List<BulkImporter.Row> Rows { get; }
    internal byte[]?[] PersonalHashes { get; }
    internal byte[][] Chain { get; }

    internal void Take(EventStore store)
    {
        if (!ReferenceEquals(Interlocked.CompareExchange(ref _store, null, store), store))
        {
            throw new InvalidOperationException("A prepared import is imported once, by the store that prepared it.");
        }
    }
}

/// <summary>An imported stream (or event id) exists already; the whole import was rolled back.</summary>
public sealed class BulkImportConflictException(PostgresException inner)
    : EventStoreException($"The bulk import was rolled back: {inner.ConstraintName switch
    {
        "mt_streams_pkey" => "one of its streams exists already",
        _ => $"a row conflicts with a stored one ({inner.ConstraintName})",
    }}. Bulk import only creates new streams.", inner);
