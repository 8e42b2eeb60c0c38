using FsCheck.NUnit;
using Property = FsCheck.NUnit.PropertyAttribute;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Deadlines;

namespace Migrationsverwaltung.Domain.Tests.Deadlines;

// NUnit.Analyzers does not know that FsCheck supplies the arguments of a [Property] method.
#pragma warning disable NUnit1027

[Properties(Arbitrary = [typeof(DeadlineArbitraries)], MaxTest = 500)]
public class DeadlineProperties
{
    [Property]
    public bool The_end_is_never_before_the_trigger(DateOnly trigger, Period period, bool shift) =>
        DeadlineCalculator.End(trigger, period, shift) > trigger;

    [Property]
    public bool A_shifted_end_is_always_a_working_day(DateOnly trigger, Period period) =>
        WorkingDays.IsWorkingDay(DeadlineCalculator.End(trigger, period, shiftToWorkingDay: true));

    [Property]
    public bool The_shift_moves_the_end_forward_by_at_most_4_days(DateOnly trigger, Period period)
    {
        var unshifted = DeadlineCalculator.End(trigger, period, shiftToWorkingDay: false);
        var shifted = DeadlineCalculator.End(trigger, period, shiftToWorkingDay: true);
        return unshifted <= shifted && shifted <= unshifted.AddDays(4);
    }

    [Property]
    public bool A_shift_happens_only_when_the_unshifted_end_is_no_working_day(DateOnly trigger, Period period)
    {
        var unshifted = DeadlineCalculator.End(trigger, period, shiftToWorkingDay: false);
        var shifted = DeadlineCalculator.End(trigger, period, shiftToWorkingDay: true);
        return (shifted == unshifted) == WorkingDays.IsWorkingDay(unshifted);
    }

    [Property]
    public bool The_period_expires_at_midnight_Berlin_after_its_last_day(DateOnly trigger, Period period, bool shift)
    {
        var lastDay = DeadlineCalculator.End(trigger, period, shift);
        var expiresAt = DeadlineCalculator.ExpiresAt(trigger, period, shift);
        return BerlinTime.DateOf(expiresAt) == lastDay.AddDays(1)
            && BerlinTime.DateOf(expiresAt.AddTicks(-1)) == lastDay;
    }

    [Property]
    public bool Adding_working_days_counts_exactly_that_many_working_days(DateOnly start, byte count)
    {
        var days = count % 30;
        var end = WorkingDays.Add(start, days);
        var counted = Enumerable.Range(1, end.DayNumber - start.DayNumber)
            .Count(offset => WorkingDays.IsWorkingDay(start.AddDays(offset)));
        return counted == days && (days == 0 || WorkingDays.IsWorkingDay(end));
    }

    [Property]
    public bool The_fast_track_invitation_counting_Werktage_is_never_later_than_counting_working_days(DateOnly received)
    {
        var invitation = DeadlineRules.FastTrackEmployerInvitation(received);
        return invitation.LastDay <= WorkingDays.Add(received, 3) && WorkingDays.IsWorkingDay(invitation.LastDay);
    }

    [Property]
    public bool No_deadline_counted_forwards_ends_before_its_trigger_or_warns_before_it(DateOnly trigger, Period period, bool shortened)
    {
        Deadline[] forward =
        [
            DeadlineRules.InactionLawsuitRisk(trigger),
            DeadlineRules.BaConsentFiction(trigger, shortened),
            DeadlineRules.MissingDocuments(trigger, new OfficeDeadline.Within(period)),
            DeadlineRules.Hearing(trigger, new OfficeDeadline.Within(period)),
            DeadlineRules.EatProductionOverdue(trigger),
            DeadlineRules.EatNotCollected(trigger, period),
            DeadlineRules.FastTrackEmployerInvitation(trigger),
            DeadlineRules.FastTrackVisaDecision(trigger),
            DeadlineRules.BlueCardMobilityOrFamily(trigger),
            DeadlineRules.LegalRemedy(trigger, shortened),
            DeadlineRules.AppointmentWait(trigger),
        ];
        return forward.All(deadline =>
            deadline.TriggeredOn == trigger
            && deadline.LastDay > trigger
            && deadline.WarningFrom >= trigger
            && deadline.WarningMarks[^1] <= deadline.LastDay);
    }

    [Property]
    public bool Reminders_counted_backwards_warn_before_the_expiry_and_expire_with_it(DateOnly validUntil)
    {
        Deadline[] reminders =
        [
            DeadlineRules.TitleExpiringWithoutApplication(validUntil),
            DeadlineRules.FiktionsbescheinigungExpiring(validUntil),
            DeadlineRules.PassportExpiring(validUntil),
        ];
        return reminders.All(deadline => deadline.LastDay == validUntil && deadline.WarningFrom < validUntil);
    }

    [Property]
    public bool The_state_only_moves_forward_through_ok_warning_overdue(DateOnly trigger, Period period)
    {
        var deadline = DeadlineRules.MissingDocuments(trigger, new OfficeDeadline.Within(period));
        var states = Enumerable.Range(0, deadline.LastDay.DayNumber - trigger.DayNumber + 3)
            .Select(offset => deadline.StateAt(BerlinClock.Noon(trigger.AddDays(offset))))
            .ToList();
        return states.Zip(states.Skip(1)).All(pair => pair.First <= pair.Second)
            && states[^1] == DeadlineState.Overdue;
    }
}
