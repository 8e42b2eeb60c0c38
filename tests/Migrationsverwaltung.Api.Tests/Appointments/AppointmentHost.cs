namespace Migrationsverwaltung.Api.Tests.Appointments;

/// <summary>
/// An API on a database of its own for appointment tests, the public booking limit lifted (the contention test sends
/// 100 bookings from one client; the per-client limit is another test's subject).
/// </summary>
internal sealed class AppointmentHost : IAsyncDisposable
{
    public required string Database { get; init; }
    public required ApiFactory Api { get; init; }

    public static async Task<AppointmentHost> StartAsync(string name)
    {
        var database = await Testing.TestCluster.CreateDatabaseAsync(name);
        return new AppointmentHost
        {
            Database = database,
            Api = new ApiFactory(new Dictionary<string, string?> { ["ConnectionStrings:EventStore"] = database, ["Appointments:PublicBookingsPerMinute"] = "100000" }),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Testing.TestCluster.DropDatabaseAsync(Database);
    }
}
