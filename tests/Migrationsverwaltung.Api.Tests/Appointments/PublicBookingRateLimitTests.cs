using System.Net;
using Migrationsverwaltung.Api.Tests.Http;

namespace Migrationsverwaltung.Api.Tests.Appointments;

/// <summary>A bot hoarding slots from one address is stopped by the per-client limit; the listing has its own budget.</summary>
public sealed class PublicBookingRateLimitTests
{
    [Test]
    public async Task Given_a_limit_of_three_bookings_a_minute_When_a_client_sends_a_fourth_Then_it_gets_429_with_Retry_After()
    {
        var database = await Testing.TestCluster.CreateDatabaseAsync(nameof(PublicBookingRateLimitTests));
        await using (var api = new ApiFactory(new Dictionary<string, string?> { ["ConnectionStrings:EventStore"] = database, ["Appointments:PublicBookingsPerMinute"] = "3" }))
        {
            var world = new AppointmentWorld(api);
            await world.SetUpAsync();
            var statuses = new List<HttpStatusCode>();
            HttpResponseMessage? last = null;
            for (var i = 0; i < 4; i++)
            {
                last?.Dispose();
                last = await world.BookPubliclyAsync("ABCD-EFGH-JKMN-P", Guid.NewGuid());
                statuses.Add(last.StatusCode);
            }
            using var listing = await world.Anonymous.GetAsync($"/api/v1/public/appointment-slots?service=biometrics&from={AppointmentWorld.Day:yyyy-MM-dd}&to={AppointmentWorld.Day:yyyy-MM-dd}");

            Assert.Multiple(() =>
            {
                Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests }));
                Assert.That(last!.Headers.RetryAfter, Is.Not.Null);
                Assert.That(listing.StatusCode, Is.EqualTo(HttpStatusCode.OK), "listing is limited separately");
            });
            last!.Dispose();
        }
        await Testing.TestCluster.DropDatabaseAsync(database);
    }
}
