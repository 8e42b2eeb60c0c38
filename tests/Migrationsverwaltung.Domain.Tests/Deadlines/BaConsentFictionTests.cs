using Migrationsverwaltung.Domain.Deadlines;

namespace Migrationsverwaltung.Domain.Tests.Deadlines;

public class BaConsentFictionTests
{
    private static readonly DateOnly Wednesday_2026_03_04 = new(2026, 3, 4);

    private static Deadline Fiction => DeadlineRules.BaConsentFiction(Wednesday_2026_03_04, shortened: false);

    private static DateTimeOffset NoonOfDay(int day) => BerlinClock.Noon(Wednesday_2026_03_04.AddDays(day));

    [Test]
    public void Given_BA_request_on_Wednesday_2026_03_04_Then_the_fiction_ends_at_24_00_Berlin_on_2026_03_18()
    {
        Assert.That(Fiction.Kind, Is.EqualTo(DeadlineKind.BaConsentFiction));
        Assert.That(Fiction.TriggeredOn, Is.EqualTo(Wednesday_2026_03_04));
        Assert.That(Fiction.LastDay, Is.EqualTo(new DateOnly(2026, 3, 18)));
        Assert.That(Fiction.DueAt, Is.EqualTo(new DateTimeOffset(2026, 3, 19, 0, 0, 0, TimeSpan.FromHours(1))));
        Assert.That(Fiction.LegalBasis, Does.StartWith("§ 36 Abs. 2 BeschV"));
    }

    [Test]
    public void Given_BA_request_When_day_12_Then_it_is_ok()
    {
        Assert.That(Fiction.StateAt(NoonOfDay(12)), Is.EqualTo(DeadlineState.Ok));
    }

    [Test]
    public void Given_BA_request_When_day_13_Then_it_warns()
    {
        Assert.That(Fiction.StateAt(NoonOfDay(13)), Is.EqualTo(DeadlineState.Warning));
    }

    [Test]
    public void Given_BA_request_When_the_last_second_of_day_14_Then_it_still_warns()
    {
        Assert.That(Fiction.StateAt(BerlinClock.LastSecondOf(new DateOnly(2026, 3, 18))), Is.EqualTo(DeadlineState.Warning));
        Assert.That(Fiction.HasExpiredAt(BerlinClock.LastSecondOf(new DateOnly(2026, 3, 18))), Is.False);
    }

    [Test]
    public void Given_BA_request_When_midnight_after_day_14_Then_consent_is_deemed_given()
    {
        var midnight = BerlinClock.At(2026, 3, 19, 0, 0);

        Assert.That(Fiction.StateAt(midnight), Is.EqualTo(DeadlineState.Overdue));
        Assert.That(Fiction.HasExpiredAt(midnight), Is.True);
    }

    [Test]
    public void Given_BA_request_When_day_15_Then_consent_is_deemed_given()
    {
        Assert.That(Fiction.StateAt(NoonOfDay(15)), Is.EqualTo(DeadlineState.Overdue));
    }

    [Test]
    public void Given_BA_answered_on_day_10_When_day_15_Then_the_deadline_is_met()
    {
        var answered = Fiction.MarkMet(NoonOfDay(10));

        Assert.That(answered.StateAt(NoonOfDay(15)), Is.EqualTo(DeadlineState.Met));
        Assert.That(answered.StateAt(NoonOfDay(9)), Is.EqualTo(DeadlineState.Ok), "as of day 9 the answer had not arrived yet");
    }

    [Test]
    public void Given_BA_request_on_Friday_2026_12_11_When_14_days_pass_Then_fiction_moves_to_Monday_2026_12_28()
    {
        var fiction = DeadlineRules.BaConsentFiction(new DateOnly(2026, 12, 11), shortened: false);

        Assert.That(fiction.LastDay, Is.EqualTo(new DateOnly(2026, 12, 28)));
        Assert.That(fiction.WarningFrom, Is.EqualTo(new DateOnly(2026, 12, 24)), "the last working day before the end");
        Assert.That(fiction.StateAt(BerlinClock.Noon(new DateOnly(2026, 12, 25))), Is.EqualTo(DeadlineState.Warning), "day 14 is Christmas Day");
        Assert.That(fiction.StateAt(BerlinClock.LastSecondOf(new DateOnly(2026, 12, 28))), Is.EqualTo(DeadlineState.Warning));
        Assert.That(fiction.StateAt(BerlinClock.At(2026, 12, 29, 0, 0)), Is.EqualTo(DeadlineState.Overdue));
    }

    [Test]
    public void Given_a_fast_track_BA_request_on_2026_03_04_Then_the_shortened_fiction_ends_after_7_days()
    {
        var fiction = DeadlineRules.BaConsentFiction(Wednesday_2026_03_04, shortened: true);

        Assert.That(fiction.LastDay, Is.EqualTo(new DateOnly(2026, 3, 11)));
        Assert.That(fiction.LegalBasis, Does.Contain("eine Woche"));
        Assert.Multiple(() =>
        {
            Assert.That(fiction.StateAt(NoonOfDay(5)), Is.EqualTo(DeadlineState.Ok), "day 5");
            Assert.That(fiction.StateAt(NoonOfDay(6)), Is.EqualTo(DeadlineState.Warning), "day 6");
            Assert.That(fiction.StateAt(BerlinClock.LastSecondOf(new DateOnly(2026, 3, 11))), Is.EqualTo(DeadlineState.Warning), "end of day 7");
            Assert.That(fiction.StateAt(NoonOfDay(8)), Is.EqualTo(DeadlineState.Overdue), "day 8: consent deemed given");
        });
    }

    [Test]
    public void Given_a_fast_track_BA_request_on_Friday_2026_03_27_Then_the_shortened_fiction_ending_on_Karfreitag_moves_to_Tuesday()
    {
        var fiction = DeadlineRules.BaConsentFiction(new DateOnly(2026, 3, 27), shortened: true);

        Assert.That(fiction.LastDay, Is.EqualTo(new DateOnly(2026, 4, 7)));
        Assert.That(fiction.WarningFrom, Is.EqualTo(new DateOnly(2026, 4, 2)));
    }
}
