using Migrationsverwaltung.Domain.Calendar;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Views.Dashboard;

/// <summary>
/// Appointments and emergency requests for the service-standard section, written as rows (the clock is pinned, the
/// booking endpoints take the real one): biometrics waits of 4, 5 and 21 days, one eAT handover after 5 days, a
/// cancelled booking that does not count, and two emergency requests (one answered at once, one waiting). They
/// belong to three cases of the team lead's team (<see cref="CasesAsync"/>): the service standard is scoped to the
/// caller's office through the cases' teams.
/// </summary>
internal static class DashboardBookings
{
    /// <summary>Three open cases of the team lead's team, received five days ago, for the bookings.</summary>
    public static async Task<IReadOnlyList<Guid>> CasesAsync(ViewStories stories)
    {
        var cases = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            cases.Add((await stories.ReceivedAsync("AE_16B", stories.Today.AddDays(-5))).CaseId);
        }
        return cases;
    }

    public static async Task SeedAsync(string database, DateOnly today, IReadOnlyList<Guid> cases)
    {
        DateTimeOffset At(int days, int hour) => BerlinTime.StartOf(today.AddDays(days)).AddHours(hour).ToUniversalTime();
        var location = Guid.NewGuid();
        var (soon, later, handover) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var batch = new NpgsqlBatch(connection);
        void Add(string sql, params object[] values)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var value in values)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }
            batch.BatchCommands.Add(command);
        }
        // The rows replace any earlier seeding of the same database (the test classes share one per class).
        Add("DELETE FROM app.emergency_requests");
        Add("DELETE FROM app.appointment_bookings");
        Add("DELETE FROM app.appointment_slots");
        Add("DELETE FROM app.appointment_locations");
        Add("INSERT INTO app.appointment_locations (id, name, opening_hours) VALUES ($1, 'Hauptstelle', '[]')", location);
        foreach (var (slot, service, start, capacity, booked) in new[] { (soon, "biometrics", At(3, 9), 3, 2), (later, "biometrics", At(20, 9), 1, 1), (handover, "eat_handover", At(2, 10), 1, 1) })
        {
            Add("INSERT INTO app.appointment_slots (id, location_id, service, starts_at, ends_at, capacity, booked) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                slot, location, service, start, start.AddMinutes(20), capacity, booked);
        }
        var booking = 0;
        foreach (var (slot, service, requested, status) in new[]
        {
            (soon, "biometrics", At(-1, 9), "active"), (soon, "biometrics", At(-2, 9), "active"), (later, "biometrics", At(-1, 9), "active"),
            (handover, "eat_handover", At(-3, 10), "active"), (soon, "biometrics", At(-1, 9), "cancelled"),
        })
        {
            Add("INSERT INTO app.appointment_bookings (id, case_id, service, slot_id, status, requested_at, booked_at) VALUES ($1, $2, $3, $4, $5, $6, $6)",
                Guid.NewGuid(), cases[booking++ % cases.Count], service, slot, status, requested);
        }
        Add("""
            INSERT INTO app.emergency_requests (id, case_id, reason, deadline, lodged_at, status, answered_at, answered_by, answer)
            VALUES ($1, $2, 'TitleExpiresSoon', $3, $4, 'declined', $4, 'system:triage-rules', 'Kein Notfall')
            """, Guid.NewGuid(), cases[0], today.AddDays(60), At(-2, 8));
        Add("INSERT INTO app.emergency_requests (id, case_id, reason, lodged_at, status) VALUES ($1, $2, 'LostDocument', $3, 'waiting')", Guid.NewGuid(), cases[1], At(-1, 8));
        await batch.ExecuteNonQueryAsync();
    }
}
