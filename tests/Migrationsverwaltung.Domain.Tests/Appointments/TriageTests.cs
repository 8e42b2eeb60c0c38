using Migrationsverwaltung.Domain.Appointments.Triage;

namespace Migrationsverwaltung.Domain.Tests.Appointments;

public class TriageTests
{
    private static readonly DateOnly Monday = new(2026, 3, 30);

    private static EmergencyRequest Request(EmergencyReason reason, int? daysLeft, int lodgedMinutesAgo) =>
        new(Guid.NewGuid(), BerlinClock.At(2026, 3, 30, 8) .AddMinutes(-lodgedMinutesAgo), reason, daysLeft is { } d ? Monday.AddDays(d) : null);

    [Test]
    public void Given_more_emergencies_than_slots_When_triaged_Then_the_nearest_dates_get_the_quota_and_the_rest_wait_in_order()
    {
        var lost = Request(EmergencyReason.LostDocument, null, 10);
        var expiresTomorrow = Request(EmergencyReason.TitleExpiresSoon, 1, 5);
        var jobInThreeDays = Request(EmergencyReason.JobStarts, 3, 500);
        var pickupInTen = Request(EmergencyReason.EatPickup, 10, 900);
        var earlierPickupInTen = Request(EmergencyReason.EatPickup, 10, 1000);

        var result = TriageQueue.Decide([pickupInTen, jobInThreeDays, earlierPickupInTen, expiresTomorrow, lost], Monday, quota: 3, TriageRules.Default);

        Assert.Multiple(() =>
        {
            Assert.That(result.Answers.OfType<SlotGiven>().Select(a => a.RequestId), Is.EqualTo(new[] { lost.Id, expiresTomorrow.Id, jobInThreeDays.Id }));
            Assert.That(result.StillWaiting.Select(r => r.Id), Is.EqualTo(new[] { earlierPickupInTen.Id, pickupInTen.Id }), "same date: first come, first served");
        });
    }

    [Test]
    public void Given_a_date_weeks_away_When_triaged_Then_it_gets_a_reasoned_answer_at_once_not_a_slot()
    {
        var later = Request(EmergencyReason.TitleExpiresSoon, 30, 60);

        var result = TriageQueue.Decide([later], Monday, quota: 10, TriageRules.Default);

        Assert.Multiple(() =>
        {
            Assert.That(result.Answers.Single(), Is.TypeOf<Declined>());
            Assert.That(((Declined)result.Answers.Single()).Reason, Does.Contain("regulären Termin"));
            Assert.That(result.StillWaiting, Is.Empty);
        });
    }

    [Test]
    public void A_quota_of_zero_gives_no_slot_and_loses_no_request()
    {
        var result = TriageQueue.Decide([Request(EmergencyReason.LostDocument, null, 1)], Monday, quota: 0, TriageRules.Default);

        Assert.That((result.Answers.Count, result.StillWaiting.Count), Is.EqualTo((0, 1)));
    }

    [TestCase(100, TestName = "Simulation: 75 requests a day, quota 100")]
    [TestCase(60, TestName = "Simulation: 75 requests a day, quota 60")]
    [TestCase(45, TestName = "Simulation: 75 requests a day, quota 45")]
    [TestCase(30, TestName = "Simulation: 75 requests a day, quota 30")]
    public void Duesseldorf_like_load(int quota)
    {
        var report = TriageSimulation.Run(new DateOnly(2026, 1, 5), days: 91, perDay: 75, quota, seed: 8);

        TestContext.Out.WriteLine($"TRIAGE quota {quota}: {report.Requests} requests, {report.ShareWithinOneWorkingDay:P1} answered within one working day, "
            + $"{report.SlotsGiven} slots, {report.Declined} declined, {report.StillWaiting} still waiting, mean queue {report.MeanWaitingAtTriage:0.0}");
        Assert.Multiple(() =>
        {
            Assert.That(report.Answered + report.StillWaiting, Is.EqualTo(report.Requests), "every request is answered or still waiting");
            if (quota >= 100)
            {
                Assert.That(report.ShareWithinOneWorkingDay, Is.GreaterThan(0.95), "only the piles after long weekends and holidays exceed 100 emergencies");
            }
            if (quota <= 30)
            {
                Assert.That(report.ShareWithinOneWorkingDay, Is.LessThan(0.8), "too few slots: the queue grows");
            }
        });
    }
}
