using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Deadlines;

namespace Migrationsverwaltung.Domain.Cases;

/// <summary>Office settings the deadline rules need (DOMAIN.md: "configurable").</summary>
public sealed record DeadlineSettings(Period EatPickupPeriod)
{
    public static DeadlineSettings Default { get; } = new(Period.Weeks(6));
}

/// <summary>
/// Every timer of DOMAIN.md's table that applies to a case, computed from its state (and so from its events);
/// the caller asks each for its state with "now". Timers about the person (title or passport expiring without an
/// application) belong to the person's view, not to a case.
/// </summary>
public static class CaseDeadlines
{
    public static IReadOnlyList<Deadline> Of(Case c, DeadlineSettings settings)
    {
        if (c.Status == CaseStatus.None)
        {
            return [];
        }
        var deadlines = new List<Deadline>();
        var inaction = DeadlineRules.InactionLawsuitRisk(c.ReceivedOn);
        deadlines.Add((c.DecidedAt ?? c.EndedAt) is { } settled ? inaction.MarkMet(settled) : inaction);
        if (c.Ba is { } ba)
        {
            var fiction = DeadlineRules.BaConsentFiction(ba.RequestedOn, c.ShortenedBaFiction);
            deadlines.Add(ba.ClosedAt is { } closed ? fiction.MarkMet(closed) : fiction);
        }
        if (c.DocumentDeadline is { } documents && c.DocumentsRequestedAt is { } requested)
        {
            deadlines.Add(DeadlineRules.MissingDocuments(BerlinTime.DateOf(requested), new OfficeDeadline.Until(documents)));
        }
        if (c.HearingDeadline is { } hearing && c.HearingAnnouncedAt is { } announced && c.Status == CaseStatus.HearingPending)
        {
            var timer = DeadlineRules.Hearing(BerlinTime.DateOf(announced), new OfficeDeadline.Until(hearing));
            deadlines.Add(c.HearingStatementReceived ? timer.MarkMet(announced) : timer);
        }
        if (c.Fiktion is { Void: false } fiktion)
        {
            deadlines.Add(DeadlineRules.FiktionsbescheinigungExpiring(fiktion.ValidUntil));
        }
        if (c.EatOrderedAt is { } ordered && c.Status is CaseStatus.EatOrdered or CaseStatus.EatInProduction)
        {
            deadlines.Add(DeadlineRules.EatProductionOverdue(BerlinTime.DateOf(ordered)));
        }
        if (c.ReadyForPickupAt is { } ready && c.Status == CaseStatus.ReadyForPickup)
        {
            deadlines.Add(DeadlineRules.EatNotCollected(BerlinTime.DateOf(ready), settings.EatPickupPeriod));
        }
        if (c.NoticeServedOn is { } served && c.Status == CaseStatus.Rejected)
        {
            deadlines.Add(DeadlineRules.LegalRemedy(served, c.NoticeWithInstructions));
        }
        return deadlines;
    }
}
