using Migrationsverwaltung.Domain.Appointments;

namespace Migrationsverwaltung.Domain.Tests.Appointments;

public class ServiceStandardTests
{
    [Test]
    public void Median_p90_and_share_within_14_days()
    {
        var waits = new[] { 1, 2, 3, 4, 5, 6, 7, 8, 20, 30 }.Select(d => TimeSpan.FromDays(d));

        var standard = ServiceStandard.Of(waits);

        Assert.Multiple(() =>
        {
            Assert.That(standard.Count, Is.EqualTo(10));
            Assert.That(standard.Median, Is.EqualTo(TimeSpan.FromDays(5.5)));
            Assert.That(standard.Percentile90, Is.EqualTo(TimeSpan.FromDays(21)));
            Assert.That(standard.ShareWithin14Days, Is.EqualTo(0.8));
        });
    }

    [Test]
    public void No_bookings_no_figures() => Assert.That(ServiceStandard.Of([]), Is.EqualTo(new ServiceStandard(0, null, null, null)));
}
