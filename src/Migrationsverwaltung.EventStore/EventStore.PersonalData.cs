using Npgsql;
using NpgsqlTypes;

namespace Migrationsverwaltung.EventStore;

public sealed partial class EventStore
{
    /// <summary>
    /// Erases the personal data of one person (the data subject) from every event about them, for retention or a
    /// data-protection request: their rows in mt_personal_data are deleted and a tombstone records who erased how
    /// many and why, in one transaction. The events stay as they are (their personal_hash keeps them verifiable) and
    /// read with their personal properties null. Returns the number of erased rows; the tombstone is written even
    /// when it is 0, so a repeated run is documented too. The reason must not itself contain personal data.
    /// Read models that copied personal data are their owners' to erase (a rebuild reads the nulls).
    /// </summary>
    public async Task<int> ErasePersonalDataAsync(Guid subjectId, string reason, string erasedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(erasedBy);
        // One statement in autocommit: the deletion and its tombstone commit together or not at all.
        await using var command = DataSource.CreateCommand($"""
            WITH erased AS (
                DELETE FROM {Options.Qualified("mt_personal_data")} WHERE subject_id = $1 RETURNING event_id)
            INSERT INTO {Options.Qualified("mt_personal_data_erasures")} (subject_id, erased_by, reason, rows)
            SELECT $1, $2, $3, count(*) FROM erased
            RETURNING rows
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = subjectId, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = erasedBy, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = reason, NpgsqlDbType = NpgsqlDbType.Text });
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
