using Migrationsverwaltung.EventStore.Serialization;
using Npgsql;
using NpgsqlTypes;

namespace Migrationsverwaltung.EventStore.Appending;

/// <summary>
/// One statement per stream: the stream row is created (start) or moved forward compare-and-set on the
/// expected version (append), and the events are inserted from arrays in the same statement, so an append
/// is a single round trip. The events get their transaction id from the column default at insert time.
/// Events with personal data (docs/adr/0006) take a longer statement that also writes their personal rows and
/// hashes; appends without any keep the plain statement.
/// Every event is hash-chained in the same statement (docs/adr/0010-hash-chain-in-sql.md): the chain continues
/// from the head hash on mt_streams, which the compare-and-set moves to the last new event's hash.
/// </summary>
internal static class AppendCommands
{
    public static NpgsqlBatchCommand Build(EventStoreOptions options, EventTypeRegistry registry, PendingAppend append, EventMetadata metadata)
    {
        var count = append.Events.Count;
        var ids = new Guid[count];
        var data = new string[count];
        var types = new string[count];
        // mt_dotnet_type stays NULL: the alias in mt_events.type names the event (ADR 0005), the CLR name was stored a
        // second time for information only, about 52 bytes of every event (1.2 GB of 22 million seeded events).
        var dotnetTypes = new string?[count];
        var personal = new string?[count];
        var subjects = new Guid?[count];
        var anyPersonal = false;
        for (var i = 0; i < count; i++)
        {
            var @event = append.Events[i];
            ids[i] = Guid.CreateVersion7();
            (data[i], personal[i], subjects[i]) = registry.SerializeForAppend(@event, new EventEnvelope(append.StreamId, metadata.UserName));
            anyPersonal |= personal[i] is not null;
            types[i] = registry.AliasFor(@event.GetType());
        }
        var command = new NpgsqlBatchCommand(options.HashChainOffForBenchmark
            ? Unchained.Statement(options, append.StartsStream, anyPersonal)
            : anyPersonal ? WithPersonalData(options, append.StartsStream, count == 1) : Plain(options, append.StartsStream, count == 1));
        var p = command.Parameters;
        p.Add(new NpgsqlParameter { Value = append.StreamId, NpgsqlDbType = NpgsqlDbType.Uuid });                       // $1
        p.Add(new NpgsqlParameter { Value = (object?)append.StreamType ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar }); // $2
        p.Add(new NpgsqlParameter { Value = append.ExpectedVersion, NpgsqlDbType = NpgsqlDbType.Bigint });        // $3
        p.Add(new NpgsqlParameter { Value = options.TenantId, NpgsqlDbType = NpgsqlDbType.Varchar });                     // $4
        p.Add(new NpgsqlParameter { Value = (long)count, NpgsqlDbType = NpgsqlDbType.Bigint });                           // $5
        p.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });               // $6
        p.Add(new NpgsqlParameter { Value = data, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });              // $7
        p.Add(new NpgsqlParameter { Value = types, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });             // $8
        p.Add(Text(metadata.CorrelationId));                                                                               // $9
        p.Add(Text(metadata.CausationId));                                                                                 // $10
        p.Add(Text(metadata.UserName));                                                                                    // $11
        p.Add(Text(metadata.Headers.Count == 0 ? null : System.Text.Json.JsonSerializer.Serialize(metadata.Headers)));     // $12
        p.Add(new NpgsqlParameter { Value = dotnetTypes, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });       // $13
        if (anyPersonal)
        {
            p.Add(new NpgsqlParameter { Value = personal, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });      // $14
            p.Add(new NpgsqlParameter { Value = subjects, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });      // $15
        }
        return command;
    }

    /// <summary>
    /// The chain's inputs: the events from the arrays, each with its digest over the values as they will be stored (the
    /// timestamp is now(), the transaction's start, as the column default would give), and "chain": every event with its
    /// hash, after "stream" created the stream row or moved it compare-and-set. A single event (the usual append) is
    /// chained inside the stream row's UPDATE from the row version it updates (sha256(head_hash || digest)), one look at
    /// the row. Several events need the running chain over all of them (the mt_chain aggregate) from a head that "head"
    /// reads in the statement's snapshot; the compare-and-set then re-checks the version on the newest row version, so a
    /// stale head can only fail the append as a conflict, never chain from a wrong hash: every change of the head moves
    /// the version. Separate statement texts, each prepared once per connection.
    /// </summary>
    private static string Chain(EventStoreOptions options, bool startsStream, bool personal, bool single)
    {
        var s = options.Qualified("");
        var personalColumn = personal ? ", e.personal" : "";
        var input = $"""
            input AS (
                SELECT e.id, e.ordinal, {(startsStream ? "0::bigint" : "$3")} + e.ordinal AS version, e.data::jsonb AS data, e.type, e.dotnet_type{personalColumn},
                       {(personal ? "sha256(convert_to(e.personal::jsonb::text, 'UTF8'))" : "NULL::bytea")} AS personal_hash
                FROM unnest($6::uuid[], $7::text[], $8::text[], $13::text[]{(personal ? ", $14::text[]" : "")})
                     WITH ORDINALITY AS e(id, data, type, dotnet_type{personalColumn.Replace("e.", "")}, ordinal))
            """;
        const string digest = "mt_event_digest(input.id, $1, input.version, input.type, now(), $4, $9, $10, $11, $12::jsonb, input.personal_hash, input.data)";
        if (single)
        {
            var stream = startsStream
                ? $"INSERT INTO {s}mt_streams (id, type, version, tenant_id, head_hash) SELECT $1, $2, $5, $4, sha256({s}mt_chain_genesis() || digest) FROM digested RETURNING id, head_hash"
                : $"""
                  UPDATE {s}mt_streams s SET version = $3 + $5, timestamp = now(), head_hash = sha256(s.head_hash || (SELECT digest FROM digested))
                  WHERE s.id = $1 AND s.version = $3 AND NOT s.is_archived RETURNING s.id, s.head_hash
                  """;
            return $"""
                {input},
                digested AS (SELECT input.*, {s}{digest} AS digest FROM input),
                stream AS ({stream}),
                chain AS (SELECT digested.*, stream.head_hash AS hash FROM digested, stream)
                """;
        }
        var (head, from) = startsStream ? ("NULL::bytea", "") : ("head.head_hash", "head, ");
        var streamStatement = startsStream
            ? $"INSERT INTO {s}mt_streams (id, type, version, tenant_id, head_hash) SELECT $1, $2, $5, $4, hash FROM chain WHERE ordinal = $5 RETURNING id"
            : $"""
              UPDATE {s}mt_streams s SET version = $3 + $5, timestamp = now(), head_hash = last.hash
              FROM (SELECT hash FROM chain WHERE ordinal = $5) last
              WHERE s.id = $1 AND s.version = $3 AND NOT s.is_archived RETURNING s.id
              """;
        return $"""
            {(startsStream ? "" : $"head AS (SELECT head_hash FROM {s}mt_streams WHERE id = $1 AND version = $3 AND NOT is_archived),")}
            {input},
            chain AS (
                SELECT input.*, {s}mt_chain({head}, {s}{digest}) OVER (ORDER BY input.ordinal) AS hash
                FROM {from}input),
            stream AS ({streamStatement})
            """;
    }

    private static string Plain(EventStoreOptions options, bool startsStream, bool single) => $"""
        WITH {Chain(options, startsStream, personal: false, single)}
        INSERT INTO {options.Qualified("mt_events")}
            (id, stream_id, version, data, type, mt_dotnet_type, tenant_id, correlation_id, causation_id, user_name, headers, timestamp, hash)
        SELECT chain.id, stream.id, chain.version, chain.data, chain.type, chain.dotnet_type, $4, $9, $10, $11, $12::jsonb, now(), chain.hash
        FROM stream, chain
        RETURNING seq_id, id, version, timestamp, tx_id
        """;

    /// <summary>
    /// As <see cref="Plain"/>, plus each event's personal part ($14, null where none) for its data subject ($15):
    /// the hash is taken of the text of the jsonb as stored, which is what a verifier recomputes from
    /// mt_personal_data; the personal rows join the inserted events, so a refused append writes none.
    /// </summary>
    private static string WithPersonalData(EventStoreOptions options, bool startsStream, bool single) => $"""
        WITH {Chain(options, startsStream, personal: true, single)},
        events AS (
            INSERT INTO {options.Qualified("mt_events")}
                (id, stream_id, version, data, type, mt_dotnet_type, tenant_id, correlation_id, causation_id, user_name, headers, personal_hash, timestamp, hash)
            SELECT chain.id, stream.id, chain.version, chain.data, chain.type, chain.dotnet_type, $4, $9, $10, $11, $12::jsonb,
                   chain.personal_hash, now(), chain.hash
            FROM stream, chain
            RETURNING seq_id, id, version, timestamp, tx_id),
        personal AS (
            INSERT INTO {options.Qualified("mt_personal_data")} (event_id, subject_id, data)
            SELECT p.id, p.subject_id, p.personal::jsonb
            FROM events JOIN unnest($6::uuid[], $14::text[], $15::uuid[]) AS p(id, personal, subject_id) ON p.id = events.id
            WHERE p.personal IS NOT NULL)
        SELECT seq_id, id, version, timestamp, tx_id FROM events ORDER BY version
        """;

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };
}
