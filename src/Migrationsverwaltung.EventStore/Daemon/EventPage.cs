using Migrationsverwaltung.EventStore.Reading;
using Migrationsverwaltung.EventStore.Serialization;
using Npgsql;

namespace Migrationsverwaltung.EventStore.Daemon;

/// <summary>A position in the daemon's global order: (writing transaction id, sequence id).</summary>
public readonly record struct Position(long TransactionId, long SeqId) : IComparable<Position>
{
    public static Position Start { get; } = new(0, 0);

    public int CompareTo(Position other) =>
        TransactionId != other.TransactionId ? TransactionId.CompareTo(other.TransactionId) : SeqId.CompareTo(other.SeqId);

    public override string ToString() => $"{TransactionId}/{SeqId}";
}

/// <summary>One event of a page: read as stored, or the reason it could not be read (it then goes to the dead letters).</summary>
internal sealed record PagedEvent(Position Position, Guid StreamId, string Type, StoredEvent? Event, Exception? ReadError);

/// <summary>
/// Reads the next page after a checkpoint, only from transactions below the horizon taken in the same
/// statement: every transaction below it has ended, so no event can later appear behind the checkpoint.
/// </summary>
internal static class EventPage
{
    public static async Task<List<PagedEvent>> ReadAsync(NpgsqlConnection connection, EventStoreOptions options, EventTypeRegistry registry, Position after, int limit, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT {EventRows.Columns(options)}
            FROM {EventRows.From(options)}
            WHERE (e.tx_id, e.seq_id) > ($1, $2) AND e.tx_id < {options.Qualified("mt_safe_horizon()")} AND NOT e.is_archived
            ORDER BY e.tx_id, e.seq_id
            LIMIT $3
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = after.TransactionId });
        command.Parameters.Add(new NpgsqlParameter { Value = after.SeqId });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var page = new List<PagedEvent>(Math.Min(limit, 4096));
        while (await reader.ReadAsync(cancellationToken))
        {
            var position = new Position(reader.GetInt64(12), reader.GetInt64(0));
            var (streamId, type) = (reader.GetGuid(2), reader.GetString(4));
            try
            {
                page.Add(new PagedEvent(position, streamId, type, EventRows.Read(reader, registry), null));
            }
            catch (EventStoreException error)
            {
                page.Add(new PagedEvent(position, streamId, type, null, error));
            }
        }
        return page;
    }
}
