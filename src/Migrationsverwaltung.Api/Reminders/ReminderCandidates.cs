using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Api.Views.Expiring;
using Migrationsverwaltung.Api.Views.Inbox;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Cases;
using Npgsql;

namespace Migrationsverwaltung.Api.Reminders;

/// <summary>
/// Where the reminder scan looks, through the views rather than every stream: persons from the expiring-documents
/// view, open cases from the inbox, bookings of a day. Only these streams are read afterwards.
/// </summary>
public sealed class ReminderCandidates(NpgsqlDataSource database, string eventStoreSchema)
{
    private readonly string _events = $"\"{eventStoreSchema}\".mt_events";

    /// <summary>
    /// The persons whose title or passport may be due for a reminder today, from the expiring-documents view: a window a
    /// few days wider than the rules' (month ends), the rules decide. A title counts only without an open case: whoever
    /// has applied needs no reminder to apply. The view is async; a date recorded seconds ago is seen by the next scan,
    /// well inside the weeks a reminder stays due.
    /// </summary>
    public async Task<List<(Guid PersonId, bool Title, bool Passport)>> PersonsExpiringAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"""
            SELECT person_id, title, passport FROM (
                SELECT p.person_id,
                       p.title_valid_until > $1 AND p.title_valid_until <= $2
                           AND NOT EXISTS (SELECT 1 FROM {ExpiringDocumentsProjection.OpenCases} o WHERE o.person_id = p.person_id) AS title,
                       coalesce(p.passport_valid_until > $1 AND p.passport_valid_until <= $3, false) AS passport
                FROM {ExpiringDocumentsProjection.Persons} p
                WHERE NOT p.restricted AND (p.title_valid_until > $1 AND p.title_valid_until <= $2 OR p.passport_valid_until > $1 AND p.passport_valid_until <= $3)) t
            WHERE title OR passport
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = today });
        command.Parameters.Add(new NpgsqlParameter { Value = today.AddDays(12 * 7 + WindowSlackDays) });
        command.Parameters.Add(new NpgsqlParameter { Value = today.AddMonths(3).AddDays(WindowSlackDays) });
        var found = new List<(Guid, bool, bool)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add((reader.GetGuid(0), !reader.IsDBNull(1) && reader.GetBoolean(1), reader.GetBoolean(2)));
        }
        return found;
    }

    private const int WindowSlackDays = 4;

    /// <summary>
    /// Open cases (the inbox, an inline view: always current) whose card is ready, or whose stream has a
    /// Fiktionsbescheinigung: the only cases a reminder can be about. Ended cases are never read.
    /// </summary>
    public async Task<List<Guid>> OpenCasesWithCardOrFiktionAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"""
            SELECT c.case_id FROM {InboxProjection.Cases} c WHERE c.status = $1
            UNION
            SELECT DISTINCT e.stream_id FROM {InboxProjection.Cases} c JOIN {_events} e ON e.stream_id = c.case_id
            WHERE e.type = ANY($2) AND NOT e.is_archived
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = nameof(CaseStatus.ReadyForPickup) });
        command.Parameters.Add(new NpgsqlParameter { Value = new[] { "fiktionsbescheinigung_issued", "fiktionsbescheinigung_renewed" } });
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids;
    }

    public async Task<List<(Guid BookingId, Guid CaseId, DateOnly Day)>> AppointmentsOnAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"""
            SELECT b.id, b.case_id FROM {AppSchema.Name}.appointment_bookings b JOIN {AppSchema.Name}.appointment_slots s ON s.id = b.slot_id
            WHERE b.status = 'active' AND s.starts_at >= $1 AND s.starts_at < $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = BerlinTime.StartOf(day).ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = BerlinTime.EndOf(day).ToUniversalTime() });
        var found = new List<(Guid, Guid, DateOnly)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add((reader.GetGuid(0), reader.GetGuid(1), day));
        }
        return found;
    }
}
