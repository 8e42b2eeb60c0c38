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
/// </summary>
internal static class AppendCommands
{
    public static NpgsqlBatchCommand Build(EventStoreOptions options, EventTypeRegistry registry, PendingAppend append, EventMetadata metadata)
    {
        var streamCte = append.StartsStream
            ? $"INSERT INTO {options.Qualified("mt_streams")} (id, type, version, tenant_id) VALUES ($1, $2, $5, $4) RETURNING id, 0::bigint AS base"
            : $"UPDATE {options.Qualified("mt_streams")} SET version = $3 + $5, timestamp = now() WHERE id = $1 AND version = $3 AND NOT is_archived RETURNING id, $3 AS base";
        var count = append.Events.Count;
        var ids = new Guid[count];
        var data = new string[count];
        var types = new string[count];
        var dotnetTypes = new string[count];
        var personal = new string?[count];
        var subjects = new Guid?[count];
        var anyPersonal = false;
        for (var i = 0; i < count; i++)
        {
            var @event = append.Events[i];
            ids[i] = Guid.CreateVersion7();
            (data[i], personal[i], subjects[i]) = registry.SerializeForAppend(@event);
            anyPersonal |= personal[i] is not null;
            types[i] = registry.AliasFor(@event.GetType());
            dotnetTypes[i] = @event.GetType().FullName ?? @event.GetType().Name;
        }
        var command = new NpgsqlBatchCommand(anyPersonal ? WithPersonalData(options, streamCte) : Plain(options, streamCte));
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

    private static string Plain(EventStoreOptions options, string streamCte) => $"""
        WITH stream AS ({streamCte})
        INSERT INTO {options.Qualified("mt_events")}
            (id, stream_id, version, data, type, mt_dotnet_type, tenant_id, correlation_id, causation_id, user_name, headers)
        SELECT e.id, stream.id, stream.base + e.ordinal, e.data::jsonb, e.type, e.dotnet_type, $4, $9, $10, $11, $12::jsonb
        FROM stream, unnest($6::uuid[], $7::text[], $8::text[], $13::text[]) WITH ORDINALITY AS e(id, data, type, dotnet_type, ordinal)
        RETURNING seq_id, id, version, timestamp, tx_id
        """;

    /// <summary>
    /// As <see cref="Plain"/>, plus each event's personal part ($14, null where none) for its data subject ($15):
    /// the hash is taken of the text of the jsonb as stored, which is what a verifier recomputes from
    /// mt_personal_data; the personal rows join the inserted events, so a refused append writes none.
    /// </summary>
    private static string WithPersonalData(EventStoreOptions options, string streamCte) => $"""
        WITH stream AS ({streamCte}),
        events AS (
            INSERT INTO {options.Qualified("mt_events")}
                (id, stream_id, version, data, type, mt_dotnet_type, tenant_id, correlation_id, causation_id, user_name, headers, personal_hash)
            SELECT e.id, stream.id, stream.base + e.ordinal, e.data::jsonb, e.type, e.dotnet_type, $4, $9, $10, $11, $12::jsonb,
                   sha256(convert_to(e.personal::jsonb::text, 'UTF8'))
            FROM stream, unnest($6::uuid[], $7::text[], $8::text[], $13::text[], $14::text[]) WITH ORDINALITY AS e(id, data, type, dotnet_type, personal, ordinal)
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
