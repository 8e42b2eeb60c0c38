using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Deadlines;

namespace Migrationsverwaltung.Domain.Tests.Deadlines;

/// <summary>Which timers a case runs, from its events, and their states for a given now.</summary>
public sealed class CaseDeadlinesTests
{
    private static readonly Guid CaseId = Guid.NewGuid();
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    private static Case Given(params CaseEvent[] events) => CaseEvolution.Replay(events);

    private static ApplicationReceived Received(DateOnly on) => new(
        CaseId, Monday, "sb-1", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "AE_18B", "2026-02",
        ApplicationKind.Extension, ApplicationChannel.Counter, on, BaConsentNeed.Required, false, true, on.AddDays(30), false, FiktionBasis.Fortgeltung);

    [Test]
    public void Given_an_application_on_2026_01_31_Then_the_inaction_lawsuit_mark_is_2026_04_30_and_warns_from_six_weeks()
    {
        var deadline = CaseDeadlines.Of(Given(Received(new DateOnly(2026, 1, 31))), DeadlineSettings.Default).Single(d => d.Kind == DeadlineKind.InactionLawsuitRisk);

        Assert.That(deadline.LastDay, Is.EqualTo(new DateOnly(2026, 4, 30)));
        Assert.That(deadline.StateAt(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.FromHours(1))), Is.EqualTo(DeadlineState.Ok));
        Assert.That(deadline.StateAt(new DateTimeOffset(2026, 3, 20, 12, 0, 0, TimeSpan.FromHours(1))), Is.EqualTo(DeadlineState.Warning));
        Assert.That(deadline.StateAt(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.FromHours(2))), Is.EqualTo(DeadlineState.Overdue));
    }

    [Test]
    public void Given_a_BA_request_received_Friday_2026_12_11_Then_the_case_runs_the_fiction_to_Monday_2026_12_28_until_the_BA_answers()
    {
        var requested = new BaConsentRequested(CaseId, Monday, "sb-1", new DateOnly(2026, 12, 11));
        var open = CaseDeadlines.Of(Given(Received(new DateOnly(2026, 12, 1)), requested), DeadlineSettings.Default).Single(d => d.Kind == DeadlineKind.BaConsentFiction);
        var answeredAt = new DateTimeOffset(2026, 12, 15, 10, 0, 0, TimeSpan.FromHours(1));
        var answered = CaseDeadlines.Of(Given(Received(new DateOnly(2026, 12, 1)), requested, new BaConsentAnswered(CaseId, answeredAt, "sb-1", BaOutcome.Granted)), DeadlineSettings.Default)
            .Single(d => d.Kind == DeadlineKind.BaConsentFiction);

        Assert.That(open.LastDay, Is.EqualTo(new DateOnly(2026, 12, 28)));
        Assert.That(answered.StateAt(answeredAt.AddDays(30)), Is.EqualTo(DeadlineState.Met));
    }

    [Test]
    public void Given_a_decided_case_Then_the_inaction_timer_is_met_and_no_timer_starts_before_its_trigger()
    {
        var received = Received(new DateOnly(2026, 2, 2));
        var state = Given(received, new CaseGranted(CaseId, Monday, "sb-1", new DateOnly(2028, 3, 1)));

        var deadlines = CaseDeadlines.Of(state, DeadlineSettings.Default);

        Assert.That(deadlines.Single(d => d.Kind == DeadlineKind.InactionLawsuitRisk).StateAt(Monday.AddDays(200)), Is.EqualTo(DeadlineState.Met));
        Assert.That(deadlines.All(d => d.LastDay >= d.TriggeredOn), Is.True);
    }

    [Test]
    public void Given_a_card_ready_for_pickup_Then_the_collection_timer_uses_the_office_setting()
    {
        var state = Given(Received(new DateOnly(2026, 2, 2))) with { Status = CaseStatus.ReadyForPickup, ReadyForPickupAt = Monday };

        var weeks4 = CaseDeadlines.Of(state, new DeadlineSettings(Period.Weeks(4))).Single(d => d.Kind == DeadlineKind.EatNotCollected);

        Assert.That(weeks4.LastDay, Is.EqualTo(new DateOnly(2026, 3, 30)));
    }
}
