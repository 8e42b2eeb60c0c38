using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Appointments.Triage;
using Migrationsverwaltung.Domain.Calendar;
using Npgsql;

namespace Migrationsverwaltung.Api.Appointments.Triage;

/// <summary>
/// Lodging emergency requests and reading them back. A request that is no emergency by the triage rules (its date
/// too far away) is answered at once with the reason; an emergency waits for the next triage run.
/// </summary>
public sealed class EmergencyRequestStore(NpgsqlDataSource database, TriageRules rules)
{
    private const string S = AppSchema.Name;

    public async Task<EmergencyRequestView> LodgeAsync(Guid caseId, EmergencyReason reason, DateOnly? deadline, string channelActor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var request = new EmergencyRequest(Guid.NewGuid(), now, reason, deadline);
        var today = BerlinTime.DateOf(now);
        var emergency = rules.IsEmergency(request, today);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var insert = Sql.Command(connection, $"""
                INSERT INTO {S}.emergency_requests (id, case_id, reason, deadline, lodged_at, status, answered_at, answered_by, answer)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                """, request.Id, caseId, reason.ToString(), deadline, now,
                emergency ? EmergencyRequestStatus.Waiting : EmergencyRequestStatus.Declined,
                emergency ? null : now, emergency ? null : channelActor, emergency ? null : rules.WhyNot(request));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == Sql.UniqueViolation)
        {
            throw new AppointmentUnavailableException("Für dieses Verfahren liegt bereits eine Notfallanfrage vor, über die noch nicht entschieden ist. Sie erhalten einen Termin oder eine begründete Antwort.");
        }
        return (await ListAsync(connection, caseId, null, cancellationToken)).Single(r => r.RequestId == request.Id);
    }

    /// <summary>The requests of one case (newest first), or of the office by status (waiting ones in queue order).</summary>
    public async Task<IReadOnlyList<EmergencyRequestView>> ListAsync(Guid? caseId, string? status, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await ListAsync(connection, caseId, status, cancellationToken);
    }

    private static async Task<IReadOnlyList<EmergencyRequestView>> ListAsync(NpgsqlConnection connection, Guid? caseId, string? status, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, $"""
            SELECT r.id, r.case_id, r.reason, r.deadline, r.lodged_at, r.status, r.answered_at, r.answer,
                   b.id, b.service, s.id, s.starts_at, s.ends_at
            FROM {S}.emergency_requests r
            LEFT JOIN {S}.appointment_bookings b ON b.id = r.booking_id
            LEFT JOIN {S}.appointment_slots s ON s.id = b.slot_id
            WHERE ($1::uuid IS NULL OR r.case_id = $1) AND ($2::text IS NULL OR r.status = $2)
            ORDER BY r.lodged_at DESC LIMIT 1000
            """, caseId, status);
        var rows = new List<EmergencyRequestView>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(Read(reader));
            }
        }
        var positions = await QueuePositionsAsync(connection, cancellationToken);
        var views = rows.Select(r => positions.TryGetValue(r.RequestId, out var p) ? r with { QueuePosition = p, Answer = WhileWaiting(p) } : r).ToList();
        return status == EmergencyRequestStatus.Waiting ? views.OrderBy(v => v.QueuePosition).ToList() : views;
    }

    /// <summary>The interim answer of a waiting request: where it stands and when seats are given.</summary>
    public static string WhileWaiting(int position) =>
        $"Noch kein Notfalltermin frei: Ihre Anfrage steht auf Platz {position} der Warteschlange. Notfalltermine werden an jedem Arbeitstag morgens nach Dringlichkeit vergeben; Sie erhalten einen Termin oder eine begründete Antwort.";

    /// <summary>1-based places of all waiting requests in the fast lane's order.</summary>
    private static async Task<Dictionary<Guid, int>> QueuePositionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, $"SELECT id, lodged_at, reason, deadline FROM {S}.emergency_requests WHERE status = 'waiting'");
        var waiting = new List<EmergencyRequest>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            waiting.Add(RequestOf(reader));
        }
        return TriageQueue.Rank(waiting).Select((r, i) => (r.Id, i)).ToDictionary(t => t.Id, t => t.i + 1);
    }

    /// <summary>The request for triage from the first four columns: id, lodged_at, reason, deadline.</summary>
    internal static EmergencyRequest RequestOf(NpgsqlDataReader reader) =>
        new(reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1), Enum.Parse<EmergencyReason>(reader.GetString(2)),
            reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3));

    private static EmergencyRequestView Read(NpgsqlDataReader reader)
    {
        var appointment = reader.IsDBNull(8) ? null
            : BookingView.Of(reader.GetGuid(8), reader.GetGuid(1), reader.GetString(9), reader.GetGuid(10), reader.GetFieldValue<DateTimeOffset>(11), reader.GetFieldValue<DateTimeOffset>(12));
        return new EmergencyRequestView(reader.GetGuid(0), reader.GetGuid(1), Enum.Parse<EmergencyReason>(reader.GetString(2)),
            reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3), reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5), null,
            reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6), reader.IsDBNull(7) ? null : reader.GetString(7), appointment);
    }
}
