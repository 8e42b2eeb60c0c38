using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Npgsql;

namespace Migrationsverwaltung.Api.Appointments.Capacity;

/// <summary>Who opened, blocked or moved capacity, in the same transaction as the change.</summary>
internal static class CapacityLog
{
    public static async Task RecordAsync(NpgsqlConnection connection, DateTimeOffset at, string actor, string action, Guid[] slotIds, int amount, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, $"INSERT INTO {AppSchema.Name}.appointment_capacity_log (at, actor, action, slot_ids, amount) VALUES ($1, $2, $3, $4, $5)",
            at, actor, action, slotIds, amount);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
