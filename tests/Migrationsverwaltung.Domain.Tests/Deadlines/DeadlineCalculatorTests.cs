using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Deadlines;

namespace Migrationsverwaltung.Domain.Tests.Deadlines;

public class DeadlineCalculatorTests
{
    private static DateOnly D(string date) => DateOnly.Parse(date);

    [Test]
    public void Given_BA_request_on_Wednesday_2026_03_04_When_14_days_pass_Then_consent_is_deemed_given_at_the_end_of_Wednesday_2026_03_18()
    {
        var end = DeadlineCalculator.End(D("2026-03-04"), Period.Days(14), shiftToWorkingDay: true);

        Assert.That(end, Is.EqualTo(D("2026-03-18")));
        Assert.That(end.DayOfWeek, Is.EqualTo(DayOfWeek.Wednesday));
        Assert.That(DeadlineCalculator.ExpiresAt(D("2026-03-04"), Period.Days(14), shiftToWorkingDay: true),
            Is.EqualTo(new DateTimeOffset(2026, 3, 18, 23, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Given_BA_request_on_Friday_2026_12_11_When_14_days_pass_Then_fiction_moves_from_Christmas_Day_to_Monday_2026_12_28()
    {
        Assert.That(DeadlineCalculator.End(D("2026-12-11"), Period.Days(14), shiftToWorkingDay: false), Is.EqualTo(D("2026-12-25")));
        Assert.That(DeadlineCalculator.End(D("2026-12-11"), Period.Days(14), shiftToWorkingDay: true), Is.EqualTo(D("2026-12-28")));
    }

    [Test]
    public void Given_application_on_2026_01_31_When_3_months_pass_Then_the_period_ends_on_2026_04_30()
    {
        Assert.That(DeadlineCalculator.End(D("2026-01-31"), Period.Months(3), shiftToWorkingDay: false), Is.EqualTo(D("2026-04-30")));
        Assert.That(DeadlineCalculator.End(D("2026-01-31"), Period.Months(3), shiftToWorkingDay: true), Is.EqualTo(D("2026-04-30")));
    }

    [Test]
    public void Given_a_period_of_weeks_When_it_ends_Then_it_ends_on_the_same_weekday()
    {
        Assert.That(DeadlineCalculator.End(D("2026-03-04"), Period.Weeks(2), shiftToWorkingDay: false), Is.EqualTo(D("2026-03-18")));
        Assert.That(DeadlineCalculator.End(D("2026-03-05"), Period.Weeks(6), shiftToWorkingDay: false), Is.EqualTo(D("2026-04-16")));
    }

    [TestCase("2026-01-31", 1, "2026-02-28", TestName = "31 January 2026 plus 1 month is 28 February (no 31 February)")]
    [TestCase("2028-01-31", 1, "2028-02-29", TestName = "31 January 2028 plus 1 month is 29 February in the leap year")]
    [TestCase("2026-03-31", 1, "2026-04-30", TestName = "31 March plus 1 month is 30 April")]
    [TestCase("2026-08-31", 6, "2027-02-28", TestName = "31 August plus 6 months is 28 February")]
    [TestCase("2026-02-28", 1, "2026-03-28", TestName = "28 February plus 1 month is 28 March, not the month's end")]
    [TestCase("2026-11-30", 3, "2027-02-28", TestName = "30 November plus 3 months is 28 February")]
    public void Months_end_on_the_same_date_or_the_months_last_day(string trigger, int months, string expected)
    {
        Assert.That(DeadlineCalculator.End(D(trigger), Period.Months(months), shiftToWorkingDay: false), Is.EqualTo(D(expected)));
    }

    [Test]
    public void Given_31_January_2026_When_1_month_passes_with_shift_Then_Saturday_28_February_moves_to_Monday_2_March()
    {
        Assert.That(DeadlineCalculator.End(D("2026-01-31"), Period.Months(1), shiftToWorkingDay: true), Is.EqualTo(D("2026-03-02")));
    }

    [Test]
    public void Given_29_February_2028_When_1_year_passes_Then_the_period_ends_on_28_February_2029()
    {
        Assert.That(DeadlineCalculator.End(D("2028-02-29"), Period.Years(1), shiftToWorkingDay: true), Is.EqualTo(D("2029-02-28")));
    }

    [Test]
    public void Given_a_period_ending_on_Karfreitag_2026_When_shifted_Then_it_moves_past_Easter_Monday_to_Tuesday()
    {
        var unshifted = DeadlineCalculator.End(D("2026-03-20"), Period.Days(14), shiftToWorkingDay: false);

        Assert.That(NrwPublicHolidays.NameOf(unshifted), Is.EqualTo("Karfreitag"));
        Assert.That(DeadlineCalculator.End(D("2026-03-20"), Period.Days(14), shiftToWorkingDay: true), Is.EqualTo(D("2026-04-07")));
    }

    [TestCase("2027-03-12", "2027-03-30", TestName = "Period ending on Karfreitag 2027 moves to Tuesday 30 March")]
    [TestCase("2028-03-31", "2028-04-18", TestName = "Period ending on Karfreitag 2028 moves to Tuesday 18 April")]
    public void Periods_ending_on_Karfreitag_move_past_Easter_Monday(string trigger, string expected)
    {
        Assert.That(DeadlineCalculator.End(D(trigger), Period.Days(14), shiftToWorkingDay: true), Is.EqualTo(D(expected)));
    }

    [Test]
    public void Given_a_period_ending_on_New_Years_Day_2027_When_shifted_Then_it_moves_to_Monday_4_January()
    {
        Assert.That(DeadlineCalculator.End(D("2026-12-18"), Period.Days(14), shiftToWorkingDay: false), Is.EqualTo(D("2027-01-01")));
        Assert.That(DeadlineCalculator.End(D("2026-12-18"), Period.Days(14), shiftToWorkingDay: true), Is.EqualTo(D("2027-01-04")));
        Assert.That(DeadlineCalculator.End(D("2026-12-01"), Period.Months(1), shiftToWorkingDay: true), Is.EqualTo(D("2027-01-04")));
    }

    [TestCase("2026-05-11", "2026-05-26", TestName = "Period ending on Pfingstmontag 2026 moves to Tuesday")]
    [TestCase("2026-05-21", "2026-06-05", TestName = "Period ending on Fronleichnam 2026 moves to Friday")]
    [TestCase("2026-04-30", "2026-05-15", TestName = "Period ending on Christi Himmelfahrt 2026 moves to Friday")]
    [TestCase("2026-09-19", "2026-10-05", TestName = "Period ending on Tag der Deutschen Einheit 2026 (a Saturday) moves to Monday")]
    [TestCase("2026-10-18", "2026-11-02", TestName = "Period ending on Allerheiligen 2026 (a Sunday) moves to Monday")]
    public void Periods_ending_on_other_holidays_move_to_the_next_working_day(string trigger, string expected)
    {
        var triggerDate = D(trigger);
        var unshifted = DeadlineCalculator.End(triggerDate, Period.Days(14), shiftToWorkingDay: false);

        Assert.That(WorkingDays.IsWorkingDay(unshifted), Is.False);
        Assert.That(DeadlineCalculator.End(triggerDate, Period.Days(14), shiftToWorkingDay: true), Is.EqualTo(D(expected)));
    }

    [Test]
    public void Given_a_period_ending_on_a_Saturday_When_not_shifted_Then_it_stays_on_Saturday()
    {
        Assert.That(DeadlineCalculator.End(D("2026-03-07"), Period.Days(14), shiftToWorkingDay: false), Is.EqualTo(D("2026-03-21")));
        Assert.That(DeadlineCalculator.End(D("2026-03-07"), Period.Days(14), shiftToWorkingDay: true), Is.EqualTo(D("2026-03-23")));
    }
}
